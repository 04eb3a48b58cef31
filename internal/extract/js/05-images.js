  // ---------------------------------------------------------------------
  // Images
  // ---------------------------------------------------------------------

  var dataURLsLeft = LIMITS.dataURLs;
  var canvas = null;

  // A picture the page shows but does not let a script read (a
  // cross-origin image, a tainted canvas) is given its place on the page
  // instead, in the top document, for the Go driver to photograph it.
  function placeOf(el) {
    if (window.top !== window) return undefined;
    var r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return undefined;
    return { x: Math.round(r.left + window.scrollX), y: Math.round(r.top + window.scrollY), width: Math.round(r.width), height: Math.round(r.height) };
  }

  function canvasInfo(el, scope) {
    var info = { src: "canvas", alt: clean(el.getAttribute("aria-label") || el.getAttribute("title") || ""), scope: scope };
    if (dataURLsLeft > 0 && el.width > 0 && el.height > 0) {
      try {
        var scale = Math.min(1, LIMITS.imageSide / Math.max(el.width, el.height));
        canvas = canvas || doc.createElement("canvas");
        canvas.width = Math.max(1, Math.round(el.width * scale));
        canvas.height = Math.max(1, Math.round(el.height * scale));
        canvas.getContext("2d").drawImage(el, 0, 0, canvas.width, canvas.height);
        var url = canvas.toDataURL("image/jpeg", 0.8);
        if (url.length <= LIMITS.dataURLChars) {
          info.data_url = url;
          dataURLsLeft--;
          return info;
        }
      } catch (e) {
        /* tainted by a cross-origin drawing */
      }
    }
    var at = placeOf(el);
    if (at) info.rect = at;
    return info;
  }

  function imageInfo(img, scope) {
    if (img.localName === "canvas") return canvasInfo(img, scope);
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
      if (!info.data_url) {
        var at = placeOf(img);
        if (at) info.rect = at;
      }
    }
    return info;
  }

  function meaningfulImage(img) {
    if (hidden(img) || ariaHidden(img)) return false;
    var c = cls(img);
    if (/(^|\s)(icon|emoji|questionflagimage|avatar|spinner|loading)(\s|$)/.test(c)) return false;
    if (img.localName === "canvas") {
      // A canvas of some size that draws a picture, not a widget's spark.
      var cr = img.getBoundingClientRect();
      return cr.width >= 48 && cr.height >= 48;
    }
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
        var imgs = els[i].localName === "img" || els[i].localName === "canvas" ? [els[i]] : qsa("img, canvas", els[i]);
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


  // ---------------------------------------------------------------------
  // Media
  // ---------------------------------------------------------------------

  // Players of the sites quizzes embed, by what they play.
  var AUDIO_HOSTS = /(^|\.)(soundcloud\.com|spotify\.com|audioboom\.com|podbean\.com|simplecast\.com)$/i;
  var VIDEO_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|wistia\.(com|net)|loom\.com|vidyard\.com|brightcove\.net|kaltura\.com|panopto\.(com|eu)|ted\.com)$/i;

  function mediaKind(el) {
    var n = el.localName;
    // An <audio> without controls is still the recording a "play" button
    // of the page starts; a hidden <video> shows nothing.
    if (n === "audio") return "audio";
    if (n === "video") return hidden(el) ? "" : "video";
    var src = el.getAttribute("src") || el.getAttribute("data") || "";
    if (!src || hidden(el)) return "";
    var host;
    try {
      host = new URL(src, location.href).hostname;
    } catch (e) {
      return "";
    }
    if (AUDIO_HOSTS.test(host)) return "audio";
    if (VIDEO_HOSTS.test(host)) return "video";
    return "";
  }

  // attachMedia names on each accepted question the audio or video it
  // plays, which no model is given: a player belongs to the question whose
  // anchor shares with it a container that holds no other question (the
  // question's own box), the one it is in first, else the one it precedes
  // (a recording above its question), else the one it follows.
  function attachMedia(list) {
    if (!list.length) return;
    var players = qsa("audio, video, iframe, embed, object");
    if (!players.length) return;
    var anchors = list.map(function (c) { return c.anchor; });
    function alone(container, c) {
      for (var i = 0; i < anchors.length; i++) if (anchors[i] !== c.anchor && anchors[i] && contains(container, anchors[i])) return false;
      return true;
    }
    function boxOf(m, c) {
      var box = c.anchor;
      while (box && !contains(box, m)) box = parentOf(box);
      // The whole page is no question's box: a lecture video above a
      // one-question quiz is not its question.
      if (!box || box === doc.body || box === doc.documentElement) return null;
      return alone(box, c) ? box : null;
    }
    players.forEach(function (m) {
      var kind = mediaKind(m);
      if (!kind) return;
      var p = pos(m);
      var next = -1;
      for (var i = 0; i < list.length; i++) if (pos(list[i].anchor) > p) { next = i; break; }
      var order = [];
      for (var j = 0; j < list.length; j++) if (list[j].region && !list[j].claimsPage && contains(list[j].region, m)) order.push(list[j]);
      if (next >= 0) order.push(list[next]);
      if (next !== 0) order.push(list[next < 0 ? list.length - 1 : next - 1]);
      for (var k = 0; k < order.length; k++) {
        if (boxOf(m, order[k])) {
          var q = order[k].q;
          q.media = q.media || [];
          if (q.media.indexOf(kind) < 0) q.media.push(kind);
          return;
        }
      }
    });
  }
