// Builds the generated corpus one directory up:
//
//   assets/<library>.js    one esbuild bundle per rendering library (with its CSS)
//   pages/<name>.html      a page that renders a question set with that library
//   pages/<name>.json      its ground truth (the corpus schema of
//                          /work/shared/corpus/quiz-pages/README.md)
//   pages/<name>.data.json the questions a late page fetches after load
//
// Run: npm ci && node build.js. Everything a page loads is in assets/ and
// pages/, served from the same origin; each page's CSP forbids any other.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const sets = require('./questions.js');

const root = path.resolve(__dirname, '..');
const assets = path.join(root, 'assets');
const pagesDir = path.join(root, 'pages');
const nm = path.join(__dirname, 'node_modules');
const version = (pkg) => require(path.join(nm, pkg, 'package.json')).version;

// The libraries: the bundle each page loads, the npm packages that render
// it (for the ground truth and README) and the question kinds it can show.
const ALL = ['single', 'multiple', 'truefalse', 'dropdown', 'text'];
const libraries = {
  rjsf: { entry: 'src/rjsf.jsx', packages: ['@rjsf/core', '@rjsf/validator-ajv8', 'react-dom'], kinds: ALL, css: [] },
  shoelace: {
    entry: 'src/shoelace.js', packages: ['@shoelace-style/shoelace'], kinds: ALL,
    css: [['@shoelace-style/shoelace/dist/themes/light.css', 'shoelace-light.css']],
  },
  headlessui: { entry: 'src/headless.jsx', packages: ['@headlessui/react', 'react-dom'], kinds: ALL, css: [] },
  radix: { entry: 'src/radix.jsx', packages: ['@radix-ui/react-radio-group', 'react-dom'], kinds: ['single', 'truefalse'], css: [] },
  'react-select': { entry: 'src/reactselect.jsx', packages: ['react-select', 'react-dom'], kinds: ['single', 'truefalse', 'multiple', 'dropdown'], css: [] },
  alpine: { entry: 'src/alpine.js', packages: ['alpinejs'], kinds: ['single', 'truefalse', 'multiple', 'text'], css: [] },
  vue: { entry: 'src/vue.js', packages: ['vue'], kinds: ALL, css: [] },
  'material-web': { entry: 'src/material.js', packages: ['@material/web'], kinds: ALL, css: [] },
  surveyjs: {
    entry: 'src/surveyjs.js', packages: ['survey-core', 'survey-js-ui'], kinds: ALL,
    css: [['survey-core/survey-core.fontless.min.css', 'survey-core.css']],
  },
  mui: { entry: 'src/mui.jsx', packages: ['@mui/material', '@emotion/react', 'react-dom'], kinds: ALL, css: [] },
  lit: { entry: 'src/lit.js', packages: ['lit'], kinds: ['single', 'truefalse', 'multiple', 'text'], css: [], app: '<quiz-app id="app"></quiz-app>' },
  'react-quiz-component': {
    entry: 'src/reactquiz.jsx', packages: ['react-quiz-component'], kinds: ['single', 'truefalse'], css: [],
    // It ships its own React 18; the bundle must use that one copy.
    react: path.join(nm, 'react-quiz-component', 'node_modules'),
  },
  // The libraries added after the generic strategies were written.
  antd: { entry: 'src/antd.jsx', packages: ['antd', 'react-dom'], kinds: ALL, css: [] },
  ionic: {
    entry: 'src/ionic.js', packages: ['@ionic/core'], kinds: ALL,
    css: [['@ionic/core/css/core.css', 'ionic-core.css']],
  },
  vaadin: {
    entry: 'src/vaadin.js', packages: ['@vaadin/radio-group', '@vaadin/checkbox-group', '@vaadin/combo-box', '@vaadin/text-field'], kinds: ALL, css: [],
    // Vaadin reports usage from pages served on localhost unless opted out:
    // the pages must load nothing from another host.
    alias: { '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics.js': '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js' },
  },
  bootstrap: {
    entry: 'src/bootstrap.js', packages: ['bootstrap'], kinds: ALL,
    css: [['bootstrap/dist/css/bootstrap.min.css', 'bootstrap.min.css']],
  },
  fluent: { entry: 'src/fluent.js', packages: ['@fluentui/web-components'], kinds: ALL, css: [] },
};

// pick returns questions of a set, by index or all, with a kind override.
const pick = (set, idx) => (idx ? idx.map((i) => sets[set][i]) : sets[set]).map((q) => ({ ...q }));

// The quiz pages. mode: list (all shown), paged (pageSize per page, Next
// button), one (one question at a time). delayMs: late rendering.
const quizzes = [
  { name: 'rjsf-general', lib: 'rjsf', title: 'General knowledge quiz', intro: 'Answer every question, then press Submit.', items: pick('general'), stresses: 'form groups with <label for>, one <form> with a title, required marks; numbering and "A."/"b)" typed into texts; entities' },
  { name: 'rjsf-science-late', lib: 'rjsf', title: 'Science test — unit 3', items: pick('science'), delayMs: 2000, stresses: 'late: the form is built 2 s after load from fetched data' },
  { name: 'rjsf-rtl', lib: 'rjsf', title: 'اختبار قصير — מבחן קצר', items: pick('rtl'), dir: 'rtl', lang: 'ar', submit: 'إرسال', stresses: 'Arabic and Hebrew (dir=rtl); true/false in the page language' },
  { name: 'rjsf-long', lib: 'rjsf', title: 'Reading comprehension', intro: 'Read the passage handed out in class, then answer.', items: pick('long'), stresses: 'long options (~200 characters) in radio and checkbox groups and a select' },
  { name: 'shoelace-code', lib: 'shoelace', title: 'Programming basics', items: pick('code'), stresses: 'open shadow roots; radio-group question in a label attribute or a slotted element with <code>; sl-select options hidden until opened' },
  { name: 'shoelace-cjk-paged', lib: 'shoelace', title: '综合测验 · 総合テスト', items: pick('cjk'), pageSize: 4, lang: 'zh', stresses: 'paged (4 per page, Next button; only page 1 is the ground truth); CJK' },
  { name: 'shoelace-rtl', lib: 'shoelace', title: 'מבחן — اختبار', items: pick('rtl'), dir: 'rtl', lang: 'he', stresses: 'shadow roots with right-to-left text' },
  { name: 'headlessui-history', lib: 'headlessui', title: 'History quiz', items: pick('history'), stresses: 'ARIA-only role=radio/role=checkbox widgets with no native input; Listbox dropdowns whose options exist only when opened, in a portal' },
  { name: 'headlessui-math-late', lib: 'headlessui', title: 'Algebra check-in', items: pick('math'), delayMs: 1500, stresses: 'late (1.5 s, fetched); math (x², √, ½, ∑)' },
  { name: 'headlessui-cjk', lib: 'headlessui', title: '日本語と中国語のクイズ', items: pick('cjk'), lang: 'ja', stresses: 'ARIA-only widgets with CJK text' },
  { name: 'radix-general', lib: 'radix', title: 'Pub quiz', items: pick('general'), stresses: 'role=radio <button>s with no native input, named by <label for>, group named by aria-labelledby heading' },
  { name: 'radix-science', lib: 'radix', title: 'Science revision', items: pick('science'), stresses: 'role=radio buttons; subscripts and superscripts' },
  { name: 'radix-cjk', lib: 'radix', title: '小测验', items: pick('cjk'), lang: 'zh', stresses: 'role=radio buttons with CJK text' },
  { name: 'react-select-science', lib: 'react-select', title: 'Science: choose the right answer', items: pick('science').map((q) => ({ ...q, kind: 'dropdown' })), stresses: 'every question a react-select combobox: options only when opened, menu in a portal at the end of <body>' },
  { name: 'react-select-history', lib: 'react-select', title: 'History dropdown quiz', items: pick('history').map((q) => ({ ...q, kind: 'dropdown' })), delayMs: 1000, stresses: 'late (1 s) custom dropdowns' },
  { name: 'alpine-one-math', lib: 'alpine', template: 'one', title: 'Quick maths', items: pick('math'), stresses: 'one question at a time, answers as <button>s, "1 / 11" progress; only the question on screen is the ground truth' },
  { name: 'alpine-one-rtl-late', lib: 'alpine', template: 'one', title: 'سؤال وجواب', items: pick('rtl'), dir: 'rtl', lang: 'ar', delayMs: 2500, stresses: 'one at a time, late (2.5 s, fetched), Arabic' },
  { name: 'alpine-one-code', lib: 'alpine', template: 'one', title: 'Code trivia', items: pick('code'), stresses: 'one at a time with inline <code> in the question' },
  { name: 'alpine-one-rows-science', lib: 'alpine', template: 'rows', title: 'Science sprint', items: pick('science'), stresses: 'one at a time; answers are clickable <div> rows (pointer cursor, no button, no role); "Question 1 of 10" below' },
  { name: 'alpine-one-rows-cjk', lib: 'alpine', template: 'rows', title: '快速问答', items: pick('cjk'), lang: 'zh', stresses: 'one at a time, clickable rows, CJK true/false (正确/错误)' },
  { name: 'alpine-list-long', lib: 'alpine', template: 'list', letters: true, title: 'Comprehension check', items: pick('long'), stresses: 'native radios/checkboxes by name; enumerators "A." in their own element (not option text); long options' },
  { name: 'alpine-list-general-late', lib: 'alpine', template: 'list', title: 'Weekly quiz', items: pick('general'), delayMs: 1200, stresses: 'late (1.2 s, fetched) Alpine x-for list' },
  { name: 'vue-history-paged', lib: 'vue', title: 'History exam', items: pick('history'), pageSize: 5, stresses: 'paged (5 per page, "Page 1 of 3", Next); <fieldset>/<legend> per question; <option>s with text only in their label attribute' },
  { name: 'vue-code', lib: 'vue', title: 'Web development quiz', items: pick('code'), stresses: 'fieldsets with inline <code> in legends; dropdown options only in label attributes' },
  { name: 'vue-cjk-late', lib: 'vue', title: '中文测验', items: pick('cjk'), lang: 'zh', delayMs: 3000, stresses: 'late (3 s, fetched); CJK' },
  { name: 'vue-math', lib: 'vue', title: 'Mathematics — practice paper', items: pick('math'), stresses: 'math notation in fieldsets' },
  { name: 'material-science', lib: 'material-web', title: 'Science quiz', items: pick('science'), stresses: 'form-associated custom elements (role in ElementInternals, not in an attribute); select options in a shadow-root menu with a headline slot; question only in a text field\'s label attribute' },
  { name: 'material-rtl', lib: 'material-web', title: 'اختبار', items: pick('rtl'), dir: 'rtl', lang: 'ar', stresses: 'Material web components, right to left' },
  { name: 'material-code', lib: 'material-web', title: 'Coding quiz', items: pick('code'), stresses: 'Material web components with inline code' },
  { name: 'surveyjs-general-paged', lib: 'surveyjs', title: 'General knowledge survey', items: pick('general'), pageSize: 5, stresses: 'paged SurveyJS (5 per page), numbers typed into the texts; custom dropdown popup' },
  { name: 'surveyjs-code-one', lib: 'surveyjs', title: 'Code review quiz', items: pick('code'), onePerPage: true, numbered: true, stresses: 'one question per page with a progress bar; the library numbers the question in its own element' },
  { name: 'surveyjs-long', lib: 'surveyjs', title: 'Policy comprehension', items: pick('long'), numbered: true, required: true, stresses: 'long options on one SurveyJS page; library numbers and required marks in their own elements' },
  { name: 'mui-general', lib: 'mui', title: 'General knowledge', items: pick('general'), stresses: 'FormControl/FormLabel groups named by id; native inputs made transparent under drawn icons; Select with the question as its floating label, options only in a popover portal when opened' },
  { name: 'mui-math-late', lib: 'mui', title: 'Maths warm-up', items: pick('math'), delayMs: 1800, stresses: 'late (1.8 s, fetched) MUI form; math' },
  { name: 'mui-rtl', lib: 'mui', title: 'اختبار — מבחן', items: pick('rtl'), dir: 'rtl', lang: 'ar', stresses: 'MUI with right-to-left text' },
  { name: 'lit-science', lib: 'lit', title: 'Science checkpoint', items: pick('science'), stresses: 'the whole quiz inside one open shadow root; native inputs visually hidden (1 px clip) under styled label rows' },
  { name: 'lit-history-late', lib: 'lit', title: 'History checkpoint', items: pick('history'), delayMs: 2000, stresses: 'shadow-root quiz rendered late (2 s, fetched)' },
  { name: 'lit-rtl', lib: 'lit', title: 'اختبار', items: pick('rtl'), dir: 'rtl', lang: 'ar', stresses: 'shadow-root quiz, right to left' },
  { name: 'react-quiz-general', lib: 'react-quiz-component', title: 'React Quiz: general knowledge', intro: 'Ten questions, one at a time.', items: pick('general'), stresses: 'one question at a time, answers as <button>s; the page presses Start' },
  { name: 'react-quiz-start-screen', lib: 'react-quiz-component', title: 'Geography challenge', intro: 'Ten questions about the world. Press Start when you are ready.', items: pick('general'), noStart: true, startScreen: true, stresses: 'START SCREEN: the quiz waits behind its Start button, no question on screen; the extractor should give zero and say to start it' },
  { name: 'react-quiz-history', lib: 'react-quiz-component', title: 'History sprint', items: pick('history'), delayMs: 1000, stresses: 'one at a time, late (1 s)' },
  // Libraries added after the generic strategies were written.
  { name: 'antd-general', lib: 'antd', title: 'General knowledge quiz', intro: 'Answer all fourteen questions.', items: pick('general'), stresses: 'Ant Design vertical Form: each Form.Item labels its field with a <label for> in a column of its own; native inputs made transparent in styled wrappers; Select options only in a virtual list in a portal when opened' },
  { name: 'antd-cjk-paged', lib: 'antd', title: '中文与日本語クイズ', items: pick('cjk'), pageSize: 4, lang: 'zh', look: { cards: true }, stresses: 'paged (4 per page, a Pagination bar of page numbers); each question in a Card; CJK' },
  { name: 'antd-science-buttons-late', lib: 'antd', title: 'Science: pick one', items: pick('science'), delayMs: 1500, look: { buttons: true }, stresses: 'late (1.5 s, fetched); single-choice groups drawn as a row of radio buttons (Radio.Group optionType=button)' },
  { name: 'antd-rtl', lib: 'antd', title: 'اختبار — מבחן', items: pick('rtl'), dir: 'rtl', lang: 'ar', stresses: 'Ant Design right to left (ConfigProvider direction=rtl)' },
  { name: 'ionic-history', lib: 'ionic', title: 'History quiz', items: pick('history'), stresses: 'Ionic web components: ion-radio-group named by its ion-list-header, ion-radio with no native input and its text slotted; ion-select options only in an alert overlay when opened; ion-input label attribute' },
  { name: 'ionic-math-late', lib: 'ionic', title: 'Maths check', items: pick('math'), delayMs: 2000, stresses: 'late (2 s, fetched) Ionic list; math' },
  { name: 'ionic-one-code', lib: 'ionic', title: 'Code trivia', items: pick('code').filter((q) => q.kind !== 'text' && q.kind !== 'dropdown'), look: { one: true }, stresses: 'one at a time: an ion-card with the question as its title, "Question 1 of N" as its subtitle, answers as ion-buttons (shadow-root buttons)' },
  { name: 'ionic-cjk-popover', lib: 'ionic', title: '快速测验', items: pick('cjk'), lang: 'zh', look: { popover: true }, stresses: 'Ionic with CJK text; ion-select opens a popover of radios' },
  { name: 'vaadin-code', lib: 'vaadin', title: 'Programming quiz', items: pick('code'), look: { helper: { single: 'Choose one answer.', multiple: 'Choose all that apply.' } }, stresses: 'Vaadin: question only in the group\'s label attribute, copied into a slotted <label>; a helper text under it; options in label attributes; combo-box options only in its overlay when opened' },
  { name: 'vaadin-general-paged', lib: 'vaadin', title: 'Weekly general knowledge', items: pick('general'), pageSize: 5, stresses: 'paged Vaadin form (5 per page, Next)' },
  { name: 'vaadin-long', lib: 'vaadin', title: 'Reading comprehension', items: pick('long'), stresses: 'Vaadin groups with long options (~200 characters)' },
  { name: 'vaadin-rtl-late', lib: 'vaadin', title: 'اختبار — מבחן', items: pick('rtl'), dir: 'rtl', lang: 'ar', delayMs: 2500, stresses: 'late (2.5 s, fetched) Vaadin, right to left' },
  { name: 'bootstrap-general', lib: 'bootstrap', title: 'General knowledge', items: pick('general'), stresses: 'Bootstrap 5 cards: the question in .card-header (no legend, no label for the group), .form-check radios and checkboxes with <label for>, .form-select, .form-text hints' },
  { name: 'bootstrap-buttons-math', lib: 'bootstrap', title: 'Maths: tap your answer', items: pick('math'), look: { buttons: true }, stresses: 'choices drawn as toggle buttons: .btn-check inputs clipped out of sight, each with a <label class="btn">' },
  { name: 'bootstrap-carousel-science', lib: 'bootstrap', title: 'Science sprint', items: pick('science').filter((q) => q.kind !== 'text'), look: { one: true }, stresses: 'one at a time: a carousel, one question per slide, answers as .list-group buttons, "Question 1 of N" below' },
  { name: 'bootstrap-history-late', lib: 'bootstrap', title: 'History test', items: pick('history'), delayMs: 1800, stresses: 'late (1.8 s, fetched) Bootstrap cards' },
  { name: 'fluent-general', lib: 'fluent', title: 'General knowledge', items: pick('general'), stresses: 'Fluent UI web components: roles in ElementInternals; a field\'s question in a slotted <label>; checkboxes under a text heading with no group element; dropdown options in a popover listbox shown only when opened' },
  { name: 'fluent-cjk-late', lib: 'fluent', title: '日本語クイズ', items: pick('cjk'), lang: 'ja', delayMs: 1200, stresses: 'late (1.2 s, fetched) Fluent web components; CJK' },
  { name: 'fluent-math', lib: 'fluent', title: 'Maths practice', items: pick('math'), stresses: 'Fluent web components with math notation' },
];

// The decoys: no quiz at all, though some groups are phrased as questions.
const decoys = [
  {
    name: 'decoy-rjsf-account-settings', lib: 'rjsf', title: 'Account settings', intro: 'Manage your profile and notification preferences.', submit: 'Save changes',
    before: '<nav class="topbar"><a href="#">Dashboard</a> <a href="#">Billing</a> <a href="#">Settings</a> <span class="user">Signed in as jo@example.com</span></nav>',
    items: [
      { kind: 'text', text: 'Display name', options: [] },
      { kind: 'text', text: 'Email address', options: [], format: 'email' },
      { kind: 'single', text: 'How often should we email you?', options: ['Daily digest', 'Weekly summary', 'Never'] },
      { kind: 'multiple', text: 'Which notifications do you want to receive?', options: ['New comments', 'Mentions', 'Security alerts', 'Product news'] },
      { kind: 'dropdown', text: 'Language', options: ['English', 'Deutsch', 'Français', 'Español'] },
      { kind: 'truefalse', text: 'Enable two-factor authentication?', options: ['Yes', 'No'] },
    ],
    stresses: 'account settings form; groups phrased as questions',
  },
  {
    name: 'decoy-shoelace-cookie-consent', lib: 'shoelace', title: 'Ten tips for a better night\'s sleep',
    before: '<article><h1>Ten tips for a better night\'s sleep</h1><p>Keep a regular schedule, even at weekends. Which room is the best bedroom? The quietest one.</p><p>Avoid screens for an hour before bed, and keep the room cool and dark.</p></article>',
    dialog: { label: 'We value your privacy', text: 'We use cookies to improve your experience, measure traffic and show relevant ads. You can change your choice at any time under Cookie settings.', buttons: ['Accept all', 'Reject all', 'Save preferences'] },
    items: [
      { kind: 'single', text: 'Which cookies do you accept?', options: ['Strictly necessary only', 'Necessary and analytics', 'All cookies'] },
      { kind: 'multiple', text: 'Allow these purposes:', options: ['Analytics', 'Personalised ads', 'Social media features'] },
    ],
    stresses: 'cookie-consent dialog (sl-dialog, shadow root) over an article',
  },
  {
    name: 'decoy-headlessui-product-options', lib: 'headlessui', title: 'Classic Cotton T-Shirt', submit: 'Add to cart — $29.00',
    before: '<nav class="crumbs"><a href="#">Shop</a> / <a href="#">Men</a> / T-shirts</nav><p class="price">$29.00 <s>$39.00</s> · In stock · Free returns</p>',
    after: '<section class="reviews"><h2>Customer reviews</h2><p>★★★★☆ 4.2 out of 5 (318 reviews)</p><p>Does it shrink in the wash? Not in my experience.</p></section>',
    items: [
      { kind: 'single', text: 'Which size do you need?', options: ['S', 'M', 'L', 'XL'] },
      { kind: 'single', text: 'Colour', options: ['Black', 'White', 'Heather grey'] },
      { kind: 'single', text: 'Choose a plan', options: ['One-off purchase — $29.00', 'Subscribe & save 10% — $26.10/month'] },
      { kind: 'dropdown', text: 'Quantity', options: ['1', '2', '3', '4'] },
      { kind: 'truefalse', text: 'Add gift wrapping?', options: ['Yes (+$4.99)', 'No'] },
    ],
    stresses: 'product option picker with prices, one group phrased as a question',
  },
  {
    name: 'decoy-alpine-search-filters', lib: 'alpine', template: 'list', title: 'Search results for “running shoes”',
    before: '<form class="search" role="search"><input type="search" name="q" value="running shoes" aria-label="Search"> <button>Search</button></form>',
    after: '<section class="products"><h2>128 results</h2><div class="product">Trail Runner X — $89.99 <button>Add to cart</button></div><div class="product">Road Glide 2 — $119.00 <button>Add to cart</button></div><div class="product">Daily Trainer — $59.50 <button>Add to cart</button></div></section>',
    items: [
      { kind: 'multiple', text: 'Brand', options: ['Asics', 'Brooks', 'Hoka', 'Nike'] },
      { kind: 'single', text: 'Price', options: ['Under $50', '$50 – $100', 'Over $100'] },
      { kind: 'truefalse', text: 'Do you want free shipping only?', options: ['Yes', 'No'] },
    ],
    stresses: 'search filter sidebar next to a product grid with prices',
  },
  {
    name: 'decoy-vue-newsletter', lib: 'vue', title: 'Newsletter preferences', intro: 'Tell us what you would like to hear about. You can unsubscribe at any time.', submit: 'Update preferences',
    items: [
      { kind: 'text', text: 'Email address', options: [], inputType: 'email' },
      { kind: 'multiple', text: 'Which topics interest you?', options: ['Product updates', 'Events near you', 'Offers and discounts', 'Company news'] },
      { kind: 'single', text: 'How often would you like to hear from us?', options: ['Weekly', 'Monthly', 'Only for big announcements'] },
      { kind: 'dropdown', text: 'Preferred language', options: ['English', 'Nederlands', 'Polski'] },
    ],
    stresses: 'newsletter preferences with an e-mail field',
  },
  {
    name: 'decoy-material-checkout', lib: 'material-web', title: 'Checkout', submit: 'Place order',
    before: '<h1>Checkout</h1><aside class="summary"><h2>Order summary</h2><p>Wireless headphones × 1 — $149.00</p><p>Shipping — calculated below</p><p><b>Total: $149.00</b></p></aside>',
    items: [
      { kind: 'text', text: 'Full name', options: [] },
      { kind: 'text', text: 'Street address', options: [] },
      { kind: 'text', text: 'Postcode', options: [] },
      { kind: 'single', text: 'Which delivery option do you prefer?', options: ['Standard (3–5 days) — free', 'Express (1–2 days) — $9.99', 'Next day — $19.99'] },
      { kind: 'dropdown', text: 'Country', options: ['United Kingdom', 'Ireland', 'France', 'Germany'] },
      { kind: 'single', text: 'Payment method', options: ['Credit card', 'PayPal', 'Bank transfer'] },
    ],
    stresses: 'checkout with delivery prices and payment method',
  },
  {
    name: 'decoy-mui-hotel-booking', lib: 'mui', title: 'Hotel Bellavista — book your stay', intro: 'Best price guaranteed. Free cancellation until 48 hours before arrival.', submit: 'Continue to payment',
    items: [
      { kind: 'dropdown', text: 'How many guests?', options: ['1 adult', '2 adults', '2 adults, 1 child', '2 adults, 2 children'] },
      { kind: 'single', text: 'Which room would you like?', options: ['Standard double — €119 / night', 'Sea-view double — €149 / night', 'Junior suite — €210 / night'] },
      { kind: 'multiple', text: 'Extras', options: ['Breakfast (+€15 per person)', 'Airport transfer (+€40)', 'Late check-out (+€25)'] },
      { kind: 'text', text: 'Arrival date', options: [] },
    ],
    stresses: 'hotel booking with prices in the options, a group phrased as a question',
  },
  {
    name: 'decoy-react-select-booking', lib: 'react-select', title: 'Book a table', intro: 'Trattoria Roma · 12 Market Street · Open daily 12:00–23:00', submit: 'Reserve',
    items: [
      { kind: 'dropdown', text: 'How many guests?', options: ['1', '2', '3', '4', '5', '6+'] },
      { kind: 'dropdown', text: 'Which time suits you?', options: ['18:00', '18:30', '19:00', '19:30', '20:00'] },
      { kind: 'dropdown', text: 'Seating area', options: ['Indoors', 'Terrace', 'Bar'] },
    ],
    stresses: 'restaurant booking form of custom dropdowns',
  },
  // Libraries added after the generic strategies were written.
  {
    name: 'decoy-antd-privacy-settings', lib: 'antd', title: 'Privacy and visibility', intro: 'Control who can see your profile and activity.', submit: 'Save settings',
    before: '<nav class="topbar"><a href="#">Home</a> <a href="#">Profile</a> <a href="#">Settings</a> <span class="user">Signed in as sam@example.org</span></nav>',
    items: [
      { kind: 'single', text: 'Who can see your profile?', options: ['Everyone', 'Friends only', 'Only me'] },
      { kind: 'truefalse', text: 'Show when you are online?', options: ['Yes', 'No'] },
      { kind: 'multiple', text: 'Let others find you by', options: ['Email address', 'Phone number', 'Username'] },
      { kind: 'dropdown', text: 'Time zone', options: ['UTC', 'Europe/London', 'America/New_York', 'Asia/Tokyo'] },
    ],
    stresses: 'profile privacy settings, groups phrased as questions',
  },
  {
    name: 'decoy-ionic-app-settings', lib: 'ionic', title: 'Settings', submit: 'Done',
    look: { toggles: ['Push notifications', 'Dark mode'] },
    items: [
      { kind: 'single', text: 'Which units do you prefer?', options: ['Metric (km, kg)', 'Imperial (mi, lb)'] },
      { kind: 'single', text: 'Start screen', options: ['Today', 'Calendar', 'Inbox'] },
      { kind: 'dropdown', text: 'Language', options: ['English', 'Deutsch', 'Español'] },
    ],
    stresses: 'a mobile app\'s settings screen with toggles, a group phrased as a question',
  },
  {
    name: 'decoy-bootstrap-flight-booking', lib: 'bootstrap', title: 'Book a flight', intro: 'London (LHR) → Lisbon (LIS) · Fri 12 June · from £89', submit: 'Continue to passenger details',
    after: '<aside class="summary"><h2>Your trip</h2><p>Outbound BA500 07:25 — £89.00</p><p>Taxes and fees — £32.40</p><p><b>Total: £121.40</b></p></aside>',
    items: [
      { kind: 'single', text: 'Which cabin would you like?', options: ['Economy — £89', 'Premium economy — £189', 'Business — £420'] },
      { kind: 'truefalse', text: 'Is this a return trip?', options: ['Yes', 'No'] },
      { kind: 'dropdown', text: 'Passengers', options: ['1 adult', '2 adults', '2 adults, 1 child'] },
      { kind: 'multiple', text: 'Add extras', options: ['Checked bag (+£35)', 'Seat selection (+£12)', 'Priority boarding (+£8)'] },
    ],
    stresses: 'flight booking with fares in the options and a trip summary',
  },
  {
    name: 'decoy-vaadin-support-ticket', lib: 'vaadin', title: 'Contact support', intro: 'Open a ticket and our team will reply within one business day.', submit: 'Send ticket',
    items: [
      { kind: 'text', text: 'Your email', options: [], inputType: 'email' },
      { kind: 'dropdown', text: 'Which product is this about?', options: ['Mobile app', 'Web dashboard', 'Billing'] },
      { kind: 'single', text: 'How urgent is it?', options: ['Low', 'Normal', 'High — my work is blocked'] },
      { kind: 'text', text: 'Order number', options: [] },
    ],
    stresses: 'support-ticket form with an e-mail field and groups phrased as questions',
  },
];

const strip = (s) => s.replace(/`/g, '');
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// JSON inside <script>: no "</script>" can end it early.
const scriptJSON = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

// Alpine's templates: the markup is the page's own, Alpine fills it in.
const alpineTemplates = {
  one: `<div class="quiz" x-data="quiz">
  <h1 x-text="title"></h1>
  <template x-if="items.length && i < items.length">
    <div class="step">
      <div class="progress" x-text="(i + 1) + ' / ' + items.length"></div>
      <h2 class="question" x-html="html(items[i].text)"></h2>
      <div class="answers">
        <template x-for="(o, j) in items[i].options" :key="i + '-' + j">
          <button type="button" class="answer" @click="i++" x-text="o"></button>
        </template>
      </div>
    </div>
  </template>
  <template x-if="items.length && i >= items.length"><p class="done">All done — well played!</p></template>
</div>`,
  rows: `<div class="quiz" x-data="quiz">
  <h1 x-text="title"></h1>
  <template x-if="items.length && i < items.length">
    <div class="step">
      <p class="question" x-html="html(items[i].text)"></p>
      <div class="rows">
        <template x-for="(o, j) in items[i].options" :key="i + '-' + j">
          <div class="option" @click="i++"><span class="bullet"></span><span x-text="o"></span></div>
        </template>
      </div>
      <div class="progress">Question <span x-text="i + 1"></span> of <span x-text="items.length"></span></div>
    </div>
  </template>
  <template x-if="items.length && i >= items.length"><p class="done">Finished.</p></template>
</div>`,
  list: `<form class="quiz" x-data="quiz" @submit.prevent>
  <h1 x-text="title"></h1>
  <template x-for="(q, n) in items" :key="n">
    <div class="q">
      <p class="stem" x-html="html(q.text)"></p>
      <template x-if="q.kind === 'text'"><input type="text" :name="'q' + n" :aria-label="q.text"></template>
      <template x-for="(o, j) in q.options" :key="j">
        <label class="choice"><input :type="q.kind === 'multiple' ? 'checkbox' : 'radio'" :name="'q' + n" :value="j"> {{LETTERS}}<span x-text="o"></span></label>
      </template>
    </div>
  </template>
  <button type="submit" x-show="items.length">{{SUBMIT}}</button>
</form>`,
};

function pageHTML(p, lib, cfg) {
  const css = ['page.css', ...lib.css.map((c) => c[1])].map((c) => `<link rel="stylesheet" href="../assets/${c}">`).join('\n');
  const csp = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
  let app = lib.app || '<div id="app"></div>';
  if (p.template) {
    app = alpineTemplates[p.template]
      .replace('x-data="quiz"', 'x-data="quiz" id="app"')
      .replace('{{SUBMIT}}', esc(p.submit || 'Submit'))
      .replace('{{LETTERS}}', p.letters ? '<span class="letter" x-text="letter(j)"></span> ' : '');
  }
  const loading = p.delayMs ? '<p id="loading" class="loading">Loading…</p>' : '';
  return `<!doctype html>
<html lang="${p.lang || 'en'}"${p.dir ? ` dir="${p.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${esc(p.title)}</title>
${css}
<script>window.PAGE = ${scriptJSON(cfg)};</script>
</head>
<body class="lib-${p.lib}">
${p.before || ''}
${loading}
${app}
${p.after || ''}
<script src="../assets/${p.lib}.js"></script>
</body>
</html>
`;
}

const oneAtATime = (p) => p.template === 'one' || p.template === 'rows' || p.lib === 'react-quiz-component' || p.onePerPage || (p.look && p.look.one);

// visible returns the questions a person sees once the page has rendered:
// the first page of a paged quiz, the first question of a one-at-a-time one.
function visible(p) {
  if (p.startScreen) return [];
  if (oneAtATime(p)) return p.items.slice(0, 1);
  if (p.pageSize) return p.items.slice(0, p.pageSize);
  return p.items;
}

const truth = (q) => ({ text: collapse(strip(q.text)), options: q.kind === 'text' ? [] : q.options.map(collapse), kind: q.kind });

function writePage(p, decoy) {
  const lib = libraries[p.lib];
  if (!lib) throw new Error(`${p.name}: unknown library ${p.lib}`);
  p.items = p.items.filter((q) => lib.kinds.includes(q.kind));
  // react-quiz-component renders its questions as Markdown: "1. Which…"
  // would become a list whose "1." is a marker, not text.
  if (p.lib === 'react-quiz-component') p.items = p.items.map((q) => ({ ...q, text: q.text.replace(/^\d+\.\s+/, '') }));
  // A page the library numbers itself loses the numbers typed into the set.
  if (p.numbered) p.items = p.items.map((q) => ({ ...q, text: q.text.replace(/^(?:\d+\.|Q\d+\)|Question \d+:)\s+/, '') }));
  if (p.letters && p.items.some((q) => q.options.some((o) => /^[A-Da-d][.)]\s/.test(o)))) {
    throw new Error(`${p.name}: letters variant on options that already carry an enumerator`);
  }
  const cfg = {
    title: p.title, intro: p.intro, submit: p.submit, pageSize: p.pageSize, onePerPage: p.onePerPage,
    delayMs: p.delayMs, dialog: p.dialog, numbered: p.numbered, required: p.required, noStart: p.noStart, assets: '../assets',
    ...p.look,
  };
  if (p.delayMs) {
    cfg.dataUrl = `${p.name}.data.json`;
    fs.writeFileSync(path.join(pagesDir, cfg.dataUrl), JSON.stringify(p.items, null, 1) + '\n');
  } else {
    cfg.items = p.items;
  }
  fs.writeFileSync(path.join(pagesDir, p.name + '.html'), pageHTML(p, lib, cfg));
  const shown = decoy ? [] : visible(p);
  const gt = {
    platform: p.lib,
    library: lib.packages.map((k) => `${k}@${version(k)}`).join(', '),
    generated: true,
    variant: [p.startScreen ? 'start screen' : oneAtATime(p) ? 'one-at-a-time' : p.pageSize ? `paged (${p.pageSize} per page)` : 'all on one page', p.delayMs ? `late (${p.delayMs} ms)` : ''].filter(Boolean).join(', '),
    notes: (decoy ? 'DECOY: no quiz; ' : '') + p.stresses,
    questions: shown.map(truth),
    // Questions in the page's data that are not on screen (later pages):
    // the test checks that they are indeed not shown.
    hidden_questions: decoy ? [] : p.items.filter((q) => !shown.includes(q)).map((q) => collapse(strip(q.text))),
  };
  if (decoy) gt.decoy_texts = p.items.map((q) => collapse(strip(q.text)));
  if (p.startScreen) {
    gt.start_screen = true;
    gt.decoy_texts = [collapse(p.intro)];
  }
  fs.writeFileSync(path.join(pagesDir, p.name + '.json'), JSON.stringify(gt, null, 2) + '\n');
  return gt;
}

// reactPlugin points react and react-dom at one directory, so that a
// library that ships its own React is bundled with that copy only.
const reactPlugin = (dir) => ({
  name: 'one-react',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, (a) => ({ path: require.resolve(a.path, { paths: [dir] }) }));
  },
});

// aliasPlugin bundles one module in place of another (exact import paths).
const aliasPlugin = (map) => ({
  name: 'alias',
  setup(b) {
    const filter = new RegExp('^(' + Object.keys(map).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') + ')$');
    b.onResolve({ filter }, (a) => ({ path: require.resolve(map[a.path], { paths: [__dirname] }) }));
  },
});

// packageDir returns the node_modules/... directory of the package a bundled
// file (a path relative to gen/) belongs to, or '' for the page scripts.
function packageDir(file) {
  const m = file.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  return m ? m[1] : '';
}

// writeLicenses collects the license of every package in the bundles into
// assets/THIRD_PARTY_LICENSES.txt: the bundles are copies of their code.
function writeLicenses(dirs) {
  const parts = dirs.map((dir) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(path.join(__dirname, dir)).find((f) => /^(license|licence|copying)/i.test(f));
    const text = file ? fs.readFileSync(path.join(__dirname, dir, file), 'utf8').trim() : `(no license file in the package; package.json says: ${pkg.license})`;
    return `== ${pkg.name}@${pkg.version} (${pkg.license || 'license not stated'})\n\n${text}\n`;
  });
  fs.writeFileSync(path.join(assets, 'THIRD_PARTY_LICENSES.txt'),
    'The bundles in this directory contain code of these npm packages, under these licenses.\n\n' + parts.join('\n'));
}

// writeReadmeTable replaces the table of pages in ../README.md (between
// its "pages" markers) with one built from the page list.
function writeReadmeTable(list) {
  const file = path.join(root, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const rows = list.map(([p, decoy]) => {
    const gt = JSON.parse(fs.readFileSync(path.join(pagesDir, p.name + '.json'), 'utf8'));
    const n = decoy ? 'decoy' : gt.start_screen ? 'start screen' : String(gt.questions.length);
    return `| \`${p.name}\` | ${gt.library} | ${n} | ${gt.variant} | ${p.stresses.replace(/\|/g, '\\|').replace(/<[^>]+>/g, (m) => '`' + m + '`')} |`;
  });
  const table = ['| page | rendered by | questions on screen | variant | what it stresses |', '|---|---|---|---|---|', ...rows].join('\n');
  const out = readme.replace(/(<!-- pages -->)[\s\S]*?(<!-- \/pages -->)/, `$1\n${table}\n$2`);
  if (!out.includes(table)) throw new Error('README.md: no <!-- pages --> markers');
  fs.writeFileSync(file, out);
}

async function main() {
  fs.rmSync(assets, { recursive: true, force: true });
  fs.rmSync(pagesDir, { recursive: true, force: true });
  fs.mkdirSync(assets, { recursive: true });
  fs.mkdirSync(pagesDir, { recursive: true });
  const bundled = new Set(); // package directories that went into a bundle
  for (const [name, lib] of Object.entries(libraries)) {
    const result = await esbuild.build({
      metafile: true,
      entryPoints: [path.join(__dirname, lib.entry)],
      bundle: true, minify: true, format: 'iife', target: 'chrome110', jsx: 'automatic', legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: path.join(assets, name + '.js'),
      plugins: [...(lib.react ? [reactPlugin(lib.react)] : []), ...(lib.alias ? [aliasPlugin(lib.alias)] : [])],
      logLevel: 'warning',
    });
    for (const [from, to] of lib.css) {
      fs.copyFileSync(path.join(nm, from), path.join(assets, to));
      bundled.add(packageDir(path.join('node_modules', from)));
    }
    for (const input of Object.keys(result.metafile.inputs)) {
      const dir = packageDir(input);
      if (dir) bundled.add(dir);
    }
  }
  writeLicenses([...bundled].filter(Boolean).sort());
  fs.copyFileSync(path.join(__dirname, 'page.css'), path.join(assets, 'page.css'));
  let nq = 0;
  for (const p of quizzes) nq += writePage(p, false).questions.length;
  for (const p of decoys) writePage(p, true);
  const index = [...quizzes, ...decoys].map((p) => ({ page: p.name, library: libraries[p.lib].packages.map((k) => `${k}@${version(k)}`).join(', ') }));
  fs.writeFileSync(path.join(pagesDir, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  writeReadmeTable([...quizzes.map((p) => [p, false]), ...decoys.map((p) => [p, true])]);
  console.log(`${quizzes.length} quiz pages (${nq} questions on screen), ${decoys.length} decoys, ${Object.keys(libraries).length} libraries`);
}

main().catch((e) => { console.error(e); process.exit(1); });
