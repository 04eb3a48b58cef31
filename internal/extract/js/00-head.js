// quizstats extractor: reads the multiple-choice quiz in the current document.
//
// This file is the only copy of the extractor. The Go driver embeds it and
// runs it in every frame of a tab (in an isolated world, through the DevTools
// protocol); the browser extension injects it as a content script. It is one
// self-contained expression: its value is a plain JSON-able object
//
//   {url, title, questions: [{text, options, kind, subquestions, images, media}],
//    notice, frame_slots}
//
// It only reads. It never clicks, focuses, selects, types or submits, and it
// leaves no trace in the page (no attributes, no globals).
//
// How it works: several strategies propose candidate questions, each with a
// score and the page region and controls it claims. Platform adapters
// (Moodle, Google Forms, ...) score highest, then generic ARIA widgets,
// native form controls, answer buttons, then plain numbered text. Generic
// candidates must also look like quiz questions (quizScore). Candidates
// are accepted best-first; a candidate overlapping an accepted one is
// dropped. The accepted ones are returned in document order.
//
// When run through Runtime.callFunctionOn inside a wrapper function, the
// wrapper's first argument is an options object ({adapters: false} turns
// the platform adapters off, to measure the generic strategies alone) and
// the others are <iframe> elements of this document; frame_slots then
// tells, for each, how many of this document's questions come before it,
// so the driver can put the frame's own questions in their place.
(function quizstatsExtract(options, frameOwners) {
  "use strict";

  var LIMITS = {
    questions: 500,
    options: 200,
    textChars: 4000,
    imagesPerQuestion: 4,
    dataURLs: 24, // images per document read into data URLs
    dataURLChars: 150000, // larger encodings are left out
    imageSide: 768, // images are scaled down to fit
  };
  var doc = document;
  // options.timings: report how long each phase took (development aid).
  var t0 = performance.now();
  var timings = {};
  function mark(name) {
    var now = performance.now();
    timings[name] = Math.round((now - t0) * 10) / 10;
    t0 = now;
  }

  var errors = [];
  // safely runs one strategy (or one question of it): a page that breaks
  // it must not cost the others their questions.
  function safely(fn) {
    try {
      fn();
    } catch (e) {
      errors.push(String((e && e.stack) || e).slice(0, 300));
    }
  }

