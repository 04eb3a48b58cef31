package desktop

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The window's colours. Green means correct and red means wrong, nothing
// else; a pick that no key judged is blue, a tie amber.
var (
	colBackground = color.NRGBA{0x0d, 0x11, 0x17, 0xff}
	colPanel      = color.NRGBA{0x16, 0x1b, 0x22, 0xff}
	colCard       = color.NRGBA{0x1c, 0x23, 0x30, 0xff}
	colText       = color.NRGBA{0xe6, 0xed, 0xf3, 0xff}
	colDim        = color.NRGBA{0x8b, 0x94, 0x9e, 0xff}
	colTrack      = color.NRGBA{0x2a, 0x33, 0x42, 0xff}
	colVotes      = color.NRGBA{0x4c, 0x6a, 0x8c, 0xff}
	colPick       = color.NRGBA{0x4c, 0xc2, 0xff, 0xff}
	colCorrect    = color.NRGBA{0x3d, 0xdc, 0x97, 0xff}
	colWrong      = color.NRGBA{0xff, 0x6b, 0x6b, 0xff}
	colTie        = color.NRGBA{0xff, 0xc8, 0x57, 0xff}
)

// colorNameVotes names colVotes for text drawn in it (the legend).
const colorNameVotes fyne.ThemeColorName = "quizstats-votes"

// look is the window's theme: Fyne's dark theme in the colours above, its
// sizes scaled by scale (large type for a screen in a room).
type look struct {
	base  fyne.Theme
	scale float32
}

func newLook(scale float32) *look { return &look{base: theme.DefaultTheme(), scale: scale} }

func (l *look) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return colBackground
	case theme.ColorNameForeground:
		return colText
	case theme.ColorNamePrimary, theme.ColorNameFocus:
		return colPick
	case theme.ColorNameSelection:
		return color.NRGBA{0x4c, 0xc2, 0xff, 0x40}
	case theme.ColorNameHover:
		return color.NRGBA{0xff, 0xff, 0xff, 0x14}
	case theme.ColorNameInputBackground, theme.ColorNameButton, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
		return colCard
	case theme.ColorNameSeparator:
		return colTrack
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return colDim
	case theme.ColorNameSuccess:
		return colCorrect
	case theme.ColorNameWarning:
		return colTie
	case theme.ColorNameError:
		return colWrong
	case colorNameVotes:
		return colVotes
	}
	return l.base.Color(n, theme.VariantDark)
}

func (l *look) Font(s fyne.TextStyle) fyne.Resource     { return l.base.Font(s) }
func (l *look) Icon(n fyne.ThemeIconName) fyne.Resource { return l.base.Icon(n) }
func (l *look) Size(n fyne.ThemeSizeName) float32       { return l.base.Size(n) * l.scale }
