  // ---------------------------------------------------------------------
  // Images
  // ---------------------------------------------------------------------

  var dataURLsLeft = LIMITS.dataURLs;
  var canvas = null;

  function imageInfo(img, scope) {
    var raw = img.getAttribute("src") || "";
    var src = img.currentSrc || img.src || "";
    var info = { src: src, alt: clean(img.getAttribute("alt")), scope: scope };
    if (/^data:/.test(raw)) {
      // The page inlined the image: keep the bytes (bounded) and point src
      // to where it came from, when the page says.
      info.src = img.getAttribute("x-original-source") || raw.slice(0, raw.indexOf(",") + 1);
      if (raw.length <= LIMITS.dataURLChars) {
        info.data_url = raw;
        return info;
      }
      // Too large as it is: scaled down below, like a loaded image.
    }
    if (dataURLsLeft > 0 && img.complete && img.naturalWidth > 0) {
      try {
        var scale = Math.min(1, LIMITS.imageSide / Math.max(img.naturalWidth, img.naturalHeight));
        canvas = canvas || doc.createElement("canvas");
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        var ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        // toDataURL throws for cross-origin images (tainted canvas); those
        // keep only their src.
        var url = canvas.toDataURL("image/jpeg", 0.8);
        if (url.length <= LIMITS.dataURLChars) {
          info.data_url = url;
          dataURLsLeft--;
        }
      } catch (e) {
        /* not readable from this origin */
      }
    }
    return info;
  }

  function meaningfulImage(img) {
    if (hidden(img) || ariaHidden(img)) return false;
    var c = cls(img);
    if (/(^|\s)(icon|emoji|questionflagimage|avatar|spinner|loading)(\s|$)/.test(c)) return false;
    var w = img.naturalWidth || img.width, h = img.naturalHeight || img.height;
    if (img.complete && w && h && w < 16 && h < 16) return false;
    return true;
  }

  function imagesIn(questionEls, optionEls) {
    var out = [];
    var seen = new Set();
    function add(els, scope) {
      for (var i = 0; i < els.length && out.length < LIMITS.imagesPerQuestion; i++) {
        if (!els[i]) continue;
        var imgs = els[i].localName === "img" ? [els[i]] : qsa("img", els[i]);
        for (var j = 0; j < imgs.length && out.length < LIMITS.imagesPerQuestion; j++) {
          var img = imgs[j];
          if (seen.has(img) || !meaningfulImage(img)) continue;
          seen.add(img);
          out.push(imageInfo(img, scope));
        }
      }
    }
    add(optionEls || [], "option");
    var opt = out.slice();
    out = [];
    add(questionEls || [], "question");
    return out.concat(opt).slice(0, LIMITS.imagesPerQuestion);
  }

