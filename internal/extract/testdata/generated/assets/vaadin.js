(()=>{var Vt=globalThis,Dt=Vt.ShadowRoot&&(Vt.ShadyCSS===void 0||Vt.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ge=Symbol(),Ii=new WeakMap,ht=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==ge)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(Dt&&e===void 0){let i=t!==void 0&&t.length===1;i&&(e=Ii.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),i&&Ii.set(t,e))}return e}toString(){return this.cssText}},h=s=>new ht(typeof s=="string"?s:s+"",void 0,ge),p=(s,...e)=>{let t=s.length===1?s[0]:e.reduce((i,r,o)=>i+(n=>{if(n._$cssResult$===!0)return n.cssText;if(typeof n=="number")return n;throw Error("Value passed to 'css' function must be a 'css' function result: "+n+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+s[o+1],s[0]);return new ht(t,s,ge)},Nt=(s,e)=>{if(Dt)s.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let i=document.createElement("style"),r=Vt.litNonce;r!==void 0&&i.setAttribute("nonce",r),i.textContent=t.cssText,s.appendChild(i)}},be=Dt?s=>s:s=>s instanceof CSSStyleSheet?(e=>{let t="";for(let i of e.cssRules)t+=i.cssText;return h(t)})(s):s;var{is:yr,defineProperty:Cr,getOwnPropertyDescriptor:wr,getOwnPropertyNames:Ir,getOwnPropertySymbols:Sr,getPrototypeOf:Er}=Object,zt=globalThis,Si=zt.trustedTypes,kr=Si?Si.emptyScript:"",Ar=zt.reactiveElementPolyfillSupport,wt=(s,e)=>s,xe={toAttribute(s,e){switch(e){case Boolean:s=s?kr:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,e){let t=s;switch(e){case Boolean:t=s!==null;break;case Number:t=s===null?null:Number(s);break;case Object:case Array:try{t=JSON.parse(s)}catch{t=null}}return t}},Rt=(s,e)=>!yr(s,e),Ei={attribute:!0,type:String,converter:xe,reflect:!1,useDefault:!1,hasChanged:Rt};Symbol.metadata??=Symbol("metadata"),zt.litPropertyMetadata??=new WeakMap;var z=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=Ei){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let i=Symbol(),r=this.getPropertyDescriptor(e,i,t);r!==void 0&&Cr(this.prototype,e,r)}}static getPropertyDescriptor(e,t,i){let{get:r,set:o}=wr(this.prototype,e)??{get(){return this[t]},set(n){this[t]=n}};return{get:r,set(n){let a=r?.call(this);o?.call(this,n),this.requestUpdate(e,a,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??Ei}static _$Ei(){if(this.hasOwnProperty(wt("elementProperties")))return;let e=Er(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(wt("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(wt("properties"))){let t=this.properties,i=[...Ir(t),...Sr(t)];for(let r of i)this.createProperty(r,t[r])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[i,r]of t)this.elementProperties.set(i,r)}this._$Eh=new Map;for(let[t,i]of this.elementProperties){let r=this._$Eu(t,i);r!==void 0&&this._$Eh.set(r,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let i=new Set(e.flat(1/0).reverse());for(let r of i)t.unshift(be(r))}else e!==void 0&&t.push(be(e));return t}static _$Eu(e,t){let i=t.attribute;return i===!1?void 0:typeof i=="string"?i:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let i of t.keys())this.hasOwnProperty(i)&&(e.set(i,this[i]),delete this[i]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Nt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,i){this._$AK(e,i)}_$ET(e,t){let i=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,i);if(r!==void 0&&i.reflect===!0){let o=(i.converter?.toAttribute!==void 0?i.converter:xe).toAttribute(t,i.type);this._$Em=e,o==null?this.removeAttribute(r):this.setAttribute(r,o),this._$Em=null}}_$AK(e,t){let i=this.constructor,r=i._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let o=i.getPropertyOptions(r),n=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:xe;this._$Em=r;let a=n.fromAttribute(t,o.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,i,r=!1,o){if(e!==void 0){let n=this.constructor;if(r===!1&&(o=this[e]),i??=n.getPropertyOptions(e),!((i.hasChanged??Rt)(o,t)||i.useDefault&&i.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,i))))return;this.C(e,t,i)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:i,reflect:r,wrapped:o},n){i&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),o!==!0||n!==void 0)||(this._$AL.has(e)||(this.hasUpdated||i||(t=void 0),this._$AL.set(e,t)),r===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,o]of this._$Ep)this[r]=o;this._$Ep=void 0}let i=this.constructor.elementProperties;if(i.size>0)for(let[r,o]of i){let{wrapped:n}=o,a=this[r];n!==!0||this._$AL.has(r)||a===void 0||this.C(r,void 0,o,a)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(i=>i.hostUpdate?.()),this.update(t)):this._$EM()}catch(i){throw e=!1,this._$EM(),i}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};z.elementStyles=[],z.shadowRootOptions={mode:"open"},z[wt("elementProperties")]=new Map,z[wt("finalized")]=new Map,Ar?.({ReactiveElement:z}),(zt.reactiveElementVersions??=[]).push("2.1.2");var ke=globalThis,ki=s=>s,Ft=ke.trustedTypes,Ai=Ft?Ft.createPolicy("lit-html",{createHTML:s=>s}):void 0,$i="$lit$",U=`lit$${Math.random().toFixed(9).slice(2)}$`,Bi="?"+U,Tr=`<${Bi}>`,et=document,St=()=>et.createComment(""),Et=s=>s===null||typeof s!="object"&&typeof s!="function",Ae=Array.isArray,Pr=s=>Ae(s)||typeof s?.[Symbol.iterator]=="function",ye=`[ 	
\f\r]`,It=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ti=/-->/g,Pi=/>/g,Q=RegExp(`>|${ye}(?:([^\\s"'>=/]+)(${ye}*=${ye}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Mi=/'/g,Oi=/"/g,Vi=/^(?:script|style|textarea|title)$/i,Te=s=>(e,...t)=>({_$litType$:s,strings:e,values:t}),m=Te(1),Jo=Te(2),Qo=Te(3),it=Symbol.for("lit-noChange"),x=Symbol.for("lit-nothing"),Li=new WeakMap,tt=et.createTreeWalker(et,129);function Di(s,e){if(!Ae(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ai!==void 0?Ai.createHTML(e):e}var Mr=(s,e)=>{let t=s.length-1,i=[],r,o=e===2?"<svg>":e===3?"<math>":"",n=It;for(let a=0;a<t;a++){let l=s[a],d,c,u=-1,w=0;for(;w<l.length&&(n.lastIndex=w,c=n.exec(l),c!==null);)w=n.lastIndex,n===It?c[1]==="!--"?n=Ti:c[1]!==void 0?n=Pi:c[2]!==void 0?(Vi.test(c[2])&&(r=RegExp("</"+c[2],"g")),n=Q):c[3]!==void 0&&(n=Q):n===Q?c[0]===">"?(n=r??It,u=-1):c[1]===void 0?u=-2:(u=n.lastIndex-c[2].length,d=c[1],n=c[3]===void 0?Q:c[3]==='"'?Oi:Mi):n===Oi||n===Mi?n=Q:n===Ti||n===Pi?n=It:(n=Q,r=void 0);let k=n===Q&&s[a+1].startsWith("/>")?" ":"";o+=n===It?l+Tr:u>=0?(i.push(d),l.slice(0,u)+$i+l.slice(u)+U+k):l+U+(u===-2?a:k)}return[Di(s,o+(s[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),i]},kt=class s{constructor({strings:e,_$litType$:t},i){let r;this.parts=[];let o=0,n=0,a=e.length-1,l=this.parts,[d,c]=Mr(e,t);if(this.el=s.createElement(d,i),tt.currentNode=this.el.content,t===2||t===3){let u=this.el.content.firstChild;u.replaceWith(...u.childNodes)}for(;(r=tt.nextNode())!==null&&l.length<a;){if(r.nodeType===1){if(r.hasAttributes())for(let u of r.getAttributeNames())if(u.endsWith($i)){let w=c[n++],k=r.getAttribute(u).split(U),dt=/([.?@])?(.*)/.exec(w);l.push({type:1,index:o,name:dt[2],strings:k,ctor:dt[1]==="."?we:dt[1]==="?"?Ie:dt[1]==="@"?Se:ut}),r.removeAttribute(u)}else u.startsWith(U)&&(l.push({type:6,index:o}),r.removeAttribute(u));if(Vi.test(r.tagName)){let u=r.textContent.split(U),w=u.length-1;if(w>0){r.textContent=Ft?Ft.emptyScript:"";for(let k=0;k<w;k++)r.append(u[k],St()),tt.nextNode(),l.push({type:2,index:++o});r.append(u[w],St())}}}else if(r.nodeType===8)if(r.data===Bi)l.push({type:2,index:o});else{let u=-1;for(;(u=r.data.indexOf(U,u+1))!==-1;)l.push({type:7,index:o}),u+=U.length-1}o++}}static createElement(e,t){let i=et.createElement("template");return i.innerHTML=e,i}};function ct(s,e,t=s,i){if(e===it)return e;let r=i!==void 0?t._$Co?.[i]:t._$Cl,o=Et(e)?void 0:e._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),o===void 0?r=void 0:(r=new o(s),r._$AT(s,t,i)),i!==void 0?(t._$Co??=[])[i]=r:t._$Cl=r),r!==void 0&&(e=ct(s,r._$AS(s,e.values),r,i)),e}var Ce=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:i}=this._$AD,r=(e?.creationScope??et).importNode(t,!0);tt.currentNode=r;let o=tt.nextNode(),n=0,a=0,l=i[0];for(;l!==void 0;){if(n===l.index){let d;l.type===2?d=new At(o,o.nextSibling,this,e):l.type===1?d=new l.ctor(o,l.name,l.strings,this,e):l.type===6&&(d=new Ee(o,this,e)),this._$AV.push(d),l=i[++a]}n!==l?.index&&(o=tt.nextNode(),n++)}return tt.currentNode=et,r}p(e){let t=0;for(let i of this._$AV)i!==void 0&&(i.strings!==void 0?(i._$AI(e,i,t),t+=i.strings.length-2):i._$AI(e[t])),t++}},At=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,i,r){this.type=2,this._$AH=x,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=i,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=ct(this,e,t),Et(e)?e===x||e==null||e===""?(this._$AH!==x&&this._$AR(),this._$AH=x):e!==this._$AH&&e!==it&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Pr(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==x&&Et(this._$AH)?this._$AA.nextSibling.data=e:this.T(et.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:i}=e,r=typeof i=="number"?this._$AC(e):(i.el===void 0&&(i.el=kt.createElement(Di(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===r)this._$AH.p(t);else{let o=new Ce(r,this),n=o.u(this.options);o.p(t),this.T(n),this._$AH=o}}_$AC(e){let t=Li.get(e.strings);return t===void 0&&Li.set(e.strings,t=new kt(e)),t}k(e){Ae(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,i,r=0;for(let o of e)r===t.length?t.push(i=new s(this.O(St()),this.O(St()),this,this.options)):i=t[r],i._$AI(o),r++;r<t.length&&(this._$AR(i&&i._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let i=ki(e).nextSibling;ki(e).remove(),e=i}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},ut=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,i,r,o){this.type=1,this._$AH=x,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=o,i.length>2||i[0]!==""||i[1]!==""?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=x}_$AI(e,t=this,i,r){let o=this.strings,n=!1;if(o===void 0)e=ct(this,e,t,0),n=!Et(e)||e!==this._$AH&&e!==it,n&&(this._$AH=e);else{let a=e,l,d;for(e=o[0],l=0;l<o.length-1;l++)d=ct(this,a[i+l],t,l),d===it&&(d=this._$AH[l]),n||=!Et(d)||d!==this._$AH[l],d===x?e=x:e!==x&&(e+=(d??"")+o[l+1]),this._$AH[l]=d}n&&!r&&this.j(e)}j(e){e===x?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},we=class extends ut{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===x?void 0:e}},Ie=class extends ut{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==x)}},Se=class extends ut{constructor(e,t,i,r,o){super(e,t,i,r,o),this.type=5}_$AI(e,t=this){if((e=ct(this,e,t,0)??x)===it)return;let i=this._$AH,r=e===x&&i!==x||e.capture!==i.capture||e.once!==i.once||e.passive!==i.passive,o=e!==x&&(i===x||r);r&&this.element.removeEventListener(this.name,this,i),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ee=class{constructor(e,t,i){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(e){ct(this,e)}};var Or=ke.litHtmlPolyfillSupport;Or?.(kt,At),(ke.litHtmlVersions??=[]).push("3.3.3");var Ni=(s,e,t)=>{let i=t?.renderBefore??e,r=i._$litPart$;if(r===void 0){let o=t?.renderBefore??null;i._$litPart$=r=new At(e.insertBefore(St(),o),o,void 0,t??{})}return r._$AI(s),r};var Pe=globalThis,f=class extends z{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ni(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return it}};f._$litElement$=!0,f.finalized=!0,Pe.litElementHydrateSupport?.({LitElement:f});var Lr=Pe.litElementPolyfillSupport;Lr?.({LitElement:f});(Pe.litElementVersions??=[]).push("4.2.2");window.Vaadin||={};window.Vaadin.featureFlags||={};function $r(s){return s.replace(/-[a-z]/gu,e=>e[1].toUpperCase())}var R={};function _(s,e="25.3.0"){if(Object.defineProperty(s,"version",{get(){return e}}),s.experimental){let i=typeof s.experimental=="string"?s.experimental:`${$r(s.is.split("-").slice(1).join("-"))}Component`;if(!window.Vaadin.featureFlags[i]&&!R[i]){R[i]=new Set,R[i].add(s),Object.defineProperty(window.Vaadin.featureFlags,i,{get(){return R[i].size===0},set(r){r&&R[i].size>0&&(R[i].forEach(o=>{customElements.define(o.is,o)}),R[i].clear())}});return}else if(R[i]){R[i].add(s);return}}let t=customElements.get(s.is);if(!t)customElements.define(s.is,s);else{let i=t.version;i&&s.version&&i===s.version?console.warn(`The component ${s.is} has been loaded twice`):console.error(`Tried to define ${s.is} version ${s.version} when version ${t.version} is already in use. Something will probably break.`)}}var zi=function(){};var Ri=0,Fi=0,pt=[],Me=!1;function Br(){Me=!1;let s=pt.length;for(let e=0;e<s;e++){let t=pt[e];if(t)try{t()}catch(i){setTimeout(()=>{throw i})}}pt.splice(0,s),Fi+=s}var ft={after(s){return{run(e){return window.setTimeout(e,s)},cancel(e){window.clearTimeout(e)}}},run(s,e){return window.setTimeout(s,e)},cancel(s){window.clearTimeout(s)}};var st={run(s){return window.requestAnimationFrame(s)},cancel(s){window.cancelAnimationFrame(s)}};var Ht={run(s){return window.requestIdleCallback?window.requestIdleCallback(s):window.setTimeout(s,16)},cancel(s){window.cancelIdleCallback?window.cancelIdleCallback(s):window.clearTimeout(s)}};var rt={run(s){Me||(Me=!0,queueMicrotask(()=>Br())),pt.push(s);let e=Ri;return Ri+=1,e},cancel(s){let e=s-Fi;if(e>=0){if(!pt[e])throw new Error(`invalid async handle: ${s}`);pt[e]=null}}};var Tt=new Set,E=class s{static debounce(e,t,i){return e instanceof s?e._cancelAsync():e=new s,e.setConfig(t,i),e}constructor(){this._asyncModule=null,this._callback=null,this._timer=null}setConfig(e,t){this._asyncModule=e,this._callback=t,this._timer=this._asyncModule.run(()=>{this._timer=null,Tt.delete(this),this._callback()})}cancel(){this.isActive()&&(this._cancelAsync(),Tt.delete(this))}_cancelAsync(){this.isActive()&&(this._asyncModule.cancel(this._timer),this._timer=null)}flush(){this.isActive()&&(this.cancel(),this._callback())}isActive(){return this._timer!=null}};function jt(s){Tt.add(s)}function Vr(){let s=!!Tt.size;return Tt.forEach(e=>{try{e.flush()}catch(t){setTimeout(()=>{throw t})}}),s}var ot=()=>{let s;do s=Vr();while(s)};var F=[];function Oe(s,e,t=s.getAttribute("dir")){e?s.setAttribute("dir",e):t!=null&&s.removeAttribute("dir")}function Le(){return document.documentElement.getAttribute("dir")}function Dr(){let s=Le();F.forEach(e=>{Oe(e,s)})}var Nr=new MutationObserver(Dr);Nr.observe(document.documentElement,{attributes:!0,attributeFilter:["dir"]});var q=s=>class extends s{static get properties(){return{dir:{type:String,value:"",reflectToAttribute:!0,converter:{fromAttribute:t=>t||"",toAttribute:t=>t===""?null:t}}}}get __isRTL(){return this.getAttribute("dir")==="rtl"}connectedCallback(){super.connectedCallback(),(!this.hasAttribute("dir")||this.__restoreSubscription)&&(this.__subscribe(),Oe(this,Le(),null))}attributeChangedCallback(t,i,r){if(super.attributeChangedCallback(t,i,r),t!=="dir")return;let o=Le(),n=r===o&&F.indexOf(this)===-1,a=!r&&i&&F.indexOf(this)===-1;n||a?(this.__subscribe(),Oe(this,o,r)):r!==o&&i===o&&this.__unsubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.__restoreSubscription=F.includes(this),this.__unsubscribe()}_valueToNodeAttribute(t,i,r){r==="dir"&&i===""&&!t.hasAttribute("dir")||super._valueToNodeAttribute(t,i,r)}_attributeToProperty(t,i,r){t==="dir"&&!i?this.dir="":super._attributeToProperty(t,i,r)}__subscribe(){F.includes(this)||F.push(this)}__unsubscribe(){F.includes(this)&&F.splice(F.indexOf(this),1)}};window.Vaadin||(window.Vaadin={});window.Vaadin.registrations||(window.Vaadin.registrations=[]);window.Vaadin.developmentModeCallback||(window.Vaadin.developmentModeCallback={});window.Vaadin.developmentModeCallback["vaadin-usage-statistics"]=function(){zi()};var $e,Hi=new Set,A=s=>class extends q(s){static _ensureRegistrations(){let{is:t}=this;if(t&&!Hi.has(t)){window.Vaadin.registrations.push(this),Hi.add(t);let i=window.Vaadin.developmentModeCallback;i&&($e=E.debounce($e,Ht,()=>{i["vaadin-usage-statistics"]()}),jt($e))}}constructor(){super(),document.doctype===null&&console.warn('Vaadin components require the "standards mode" declaration. Please add <!DOCTYPE html> to the HTML document.'),this.constructor._ensureRegistrations()}};var ji=new WeakMap;function zr(s,e){let t=e;for(;t;){if(ji.get(t)===s)return!0;t=Object.getPrototypeOf(t)}return!1}function b(s){return e=>{if(zr(s,e))return e;let t=s(e);return ji.set(t,s),t}}function nt(s,e){return s.split(".").reduce((t,i)=>t?t[i]:void 0,e)}function Ui(s,e,t){let i=s.split("."),r=i.pop(),o=i.reduce((n,a)=>n[a],t);o[r]=e}var Be={},Rr=/([A-Z])/gu;function qi(s){return Be[s]||(Be[s]=s.replace(Rr,"-$1").toLowerCase()),Be[s]}function Wi(s){return s[0].toUpperCase()+s.substring(1)}function Ve(s){let[e,t]=s.split("("),i=t.replace(")","").split(",").map(r=>r.trim());return{method:e,observerProps:i}}function De(s,e){return Object.prototype.hasOwnProperty.call(s,e)||(s[e]=new Map(s[e])),s[e]}var Fr=s=>{class e extends s{static enabledWarnings=[];static createProperty(i,r){[String,Boolean,Number,Array].includes(r)&&(r={type:r}),r?.reflectToAttribute&&(r.reflect=!0),super.createProperty(i,r)}static getOrCreateMap(i){return De(this,i)}static finalize(){if(window.litIssuedWarnings&&(window.litIssuedWarnings.add("no-override-create-property"),window.litIssuedWarnings.add("no-override-get-property-descriptor")),super.finalize(),Array.isArray(this.observers)){let i=this.getOrCreateMap("__complexObservers");this.observers.forEach(r=>{let{method:o,observerProps:n}=Ve(r);i.set(o,n)})}}static addCheckedInitializer(i){super.addInitializer(r=>{r instanceof this&&i(r)})}static getPropertyDescriptor(i,r,o){let n=super.getPropertyDescriptor(i,r,o),a=n;if(this.getOrCreateMap("__propKeys").set(i,r),o.sync&&(a={get:n.get,set(l){let d=this[i];Rt(l,d)&&(this[r]=l,this.requestUpdate(i,d,o),this.hasUpdated&&this.performUpdate())},configurable:!0,enumerable:!0}),o.readOnly){let l=a.set;this.addCheckedInitializer(d=>{d[`_set${Wi(i)}`]=function(c){l.call(d,c)}}),a={get:a.get,set(){},configurable:!0,enumerable:!0}}if("value"in o&&this.addCheckedInitializer(l=>{let d=typeof o.value=="function"?o.value.call(l):o.value;o.readOnly?l[`_set${Wi(i)}`](d):l[i]=d}),o.observer){let l=o.observer;this.getOrCreateMap("__observers").set(i,l),this.addCheckedInitializer(d=>{d[l]||console.warn(`observer method ${l} not defined`)})}if(o.notify){if(!this.__notifyProps)this.__notifyProps=new Set;else if(!this.hasOwnProperty("__notifyProps")){let l=this.__notifyProps;this.__notifyProps=new Set(l)}this.__notifyProps.add(i)}if(o.computed){let l=`__assignComputed${i}`,d=Ve(o.computed);this.prototype[l]=function(...c){this[i]=this[d.method](...c)},this.getOrCreateMap("__computedObservers").set(l,d.observerProps)}return o.attribute||(o.attribute=qi(i)),a}static get polylitConfig(){return{asyncFirstRender:!1}}connectedCallback(){super.connectedCallback();let{polylitConfig:i}=this.constructor;!this.hasUpdated&&!i.asyncFirstRender&&this.performUpdate()}firstUpdated(){super.firstUpdated(),this.$||(this.$={}),this.renderRoot.querySelectorAll("[id]").forEach(i=>{this.$[i.id]=i})}ready(){}willUpdate(i){this.constructor.__computedObservers&&this.__runComplexObservers(i,this.constructor.__computedObservers)}updated(i){let r=this.__isReadyInvoked;this.__isReadyInvoked=!0,this.constructor.__observers&&this.__runObservers(i,this.constructor.__observers),this.constructor.__complexObservers&&this.__runComplexObservers(i,this.constructor.__complexObservers),this.__dynamicPropertyObservers&&this.__runDynamicObservers(i,this.__dynamicPropertyObservers),this.__dynamicMethodObservers&&this.__runComplexObservers(i,this.__dynamicMethodObservers),this.constructor.__notifyProps&&this.__runNotifyProps(i,this.constructor.__notifyProps),r||this.ready()}setProperties(i){Object.entries(i).forEach(([r,o])=>{let n=this.constructor.__propKeys.get(r),a=this[n];this[n]=o,this.requestUpdate(r,a)}),this.hasUpdated&&this.performUpdate()}_createMethodObserver(i){let r=De(this,"__dynamicMethodObservers"),{method:o,observerProps:n}=Ve(i);r.set(o,n)}_createPropertyObserver(i,r){De(this,"__dynamicPropertyObservers").set(r,i)}__runComplexObservers(i,r){r.forEach((o,n)=>{o.some(a=>i.has(a))&&(this[n]?this[n](...o.map(a=>this[a])):console.warn(`observer method ${n} not defined`))})}__runDynamicObservers(i,r){r.forEach((o,n)=>{i.has(o)&&this[n]&&this[n](this[o],i.get(o))})}__runObservers(i,r){i.forEach((o,n)=>{let a=r.get(n);a!==void 0&&this[a]&&this[a](this[n],o)})}__runNotifyProps(i,r){i.forEach((o,n)=>{r.has(n)&&this.dispatchEvent(new CustomEvent(`${qi(n)}-changed`,{detail:{value:this[n]}}))})}_get(i,r){return nt(i,r)}_set(i,r,o){Ui(i,r,o)}}return e},v=b(Fr);function mt(s){try{CSS.registerProperty(s)}catch(e){if(e instanceof DOMException&&e.name==="InvalidModificationError")console.warn(`The CSS property ${s.name} has already been registered.`);else throw e}}var Gi=(s,...e)=>{let t=document.createElement("style");t.id=s,t.textContent=e.map(i=>i.toString()).join(`
`),document.head.insertAdjacentElement("afterbegin",t)};var Ut=class s extends EventTarget{#t;#e=new Set;#i;#s=!1;constructor(e){super(),this.#t=e,this.#i=new CSSStyleSheet}#o(e){let{propertyName:t}=e;this.#e.has(t)&&this.dispatchEvent(new CustomEvent("property-changed",{detail:{propertyName:t}}))}observe(e){this.connect(),!this.#e.has(e)&&(this.#e.add(e),this.#i.replaceSync(`
      :root::before, :host::before {
        content: '' !important;
        position: absolute !important;
        top: -9999px !important;
        left: -9999px !important;
        visibility: hidden !important;
        transition: 1ms allow-discrete step-end !important;
        transition-property: ${[...this.#e].join(", ")} !important;
      }
    `))}connect(){this.#s||(this.#t.adoptedStyleSheets.unshift(this.#i),this.#r.addEventListener("transitionstart",e=>this.#o(e)),this.#r.addEventListener("transitionend",e=>this.#o(e)),this.#s=!0)}disconnect(){this.#e.clear(),this.#t.adoptedStyleSheets=this.#t.adoptedStyleSheets.filter(e=>e!==this.#i),this.#r.removeEventListener("transitionstart",this.#o),this.#r.removeEventListener("transitionend",this.#o),this.#s=!1}get#r(){return this.#t.documentElement??this.#t.host}static for(e){return e.__cssPropertyObserver||=new s(e),e.__cssPropertyObserver}};function Hr(s){let{baseStyles:e,themeStyles:t,elementStyles:i,lumoInjector:r}=s.constructor,o=s.__lumoStyleSheet;return o?[...r.includeBaseStyles?e??i:[],o,...t??[]]:i}function Ne(s){Nt(s.shadowRoot,Hr(s))}function ze(s,e){s.__lumoStyleSheet=e,Ne(s)}function qt(s){s.__lumoStyleSheet=void 0,Ne(s)}var Ki=new Set;function Re(s){Ki.has(s)||(Ki.add(s),console.warn(s))}var Yi=new WeakMap;function Zi(s){try{return s.media.mediaText}catch{return Re('[LumoInjector] Browser denied to access property "mediaText" for some CSS rules, so they were skipped.'),""}}function jr(s){try{return s.cssRules}catch{return Re('[LumoInjector] Browser denied to access property "cssRules" for some CSS stylesheets, so they were skipped.'),[]}}function Xi(s,e={tags:new Map,modules:new Map}){for(let t of jr(s)){if(t instanceof CSSImportRule){let i=Zi(t);i.startsWith("lumo_")?e.modules.set(i,[...t.styleSheet.cssRules]):Xi(t.styleSheet,e);continue}if(t instanceof CSSMediaRule){let i=Zi(t);i.startsWith("lumo_")&&e.modules.set(i,[...t.cssRules]);continue}if(t instanceof CSSStyleRule&&t.cssText.includes("-inject")){for(let i of t.style){let r=i.match(/^--_lumo-(.*)-inject-modules$/u)?.[1];if(!r)continue;let o=t.style.getPropertyValue(i);e.tags.set(r,o.split(",").map(n=>n.trim().replace(/'|"/gu,"")))}continue}}return e}function Ji(s){let e=new Map,t=new Map;for(let i of s){let r=Yi.get(i);r||(r=Xi(i),Yi.set(i,r)),e=new Map([...e,...r.tags]),t=new Map([...t,...r.modules])}return{tags:e,modules:t}}function Fe(s){return`--_lumo-${s.is}-inject`}var Wt=class{#t;#e;#i=new Map;#s=new Map;constructor(e=document){this.#t=e,this.handlePropertyChange=this.handlePropertyChange.bind(this),this.#e=Ut.for(e),this.#e.addEventListener("property-changed",this.handlePropertyChange)}disconnect(){this.#e.removeEventListener("property-changed",this.handlePropertyChange),this.#i.clear(),this.#s.values().forEach(e=>e.forEach(qt))}forceUpdate(){for(let e of this.#i.keys())this.#r(e)}componentConnected(e){let{lumoInjector:t}=e.constructor,{is:i}=t;this.#s.set(i,this.#s.get(i)??new Set),this.#s.get(i).add(e);let r=this.#i.get(i);if(r){r.cssRules.length>0&&ze(e,r);return}this.#o(i);let o=Fe(t);this.#e.observe(o)}componentDisconnected(e){let{is:t}=e.constructor.lumoInjector;this.#s.get(t)?.delete(e),qt(e)}handlePropertyChange(e){let{propertyName:t}=e.detail,i=t.match(/^--_lumo-(.*)-inject$/u)?.[1];i&&this.#r(i)}#o(e){this.#i.set(e,new CSSStyleSheet),this.#r(e)}#r(e){let{tags:t,modules:i}=Ji(this.#n),r=(t.get(e)??[]).flatMap(n=>i.get(n)??[]).map(n=>n.cssText).join(`
`),o=this.#i.get(e);o.replaceSync(r),this.#s.get(e)?.forEach(n=>{r?ze(n,o):qt(n)})}get#n(){let e=new Set;for(let t of[this.#t,document])e=e.union(new Set(t.styleSheets)),e=e.union(new Set(t.adoptedStyleSheets));return[...e]}};var Qi=new Set;function ts(s){let e=s.getRootNode();return e.host&&e.host.constructor.version?ts(e.host):e}var y=s=>class extends s{static finalize(){super.finalize();let t=Fe(this.lumoInjector);this.is&&!Qi.has(t)&&(Qi.add(t),mt({name:t,syntax:"<number>",inherits:!0,initialValue:"0"}))}static get lumoInjector(){return{is:this.is,includeBaseStyles:!1}}connectedCallback(){super.connectedCallback();let t=ts(this);t.__lumoInjectorDisabled||this.isConnected&&(t.__lumoInjector||=new Wt(t),this.__lumoInjector=t.__lumoInjector,this.__lumoInjector.componentConnected(this))}disconnectedCallback(){super.disconnectedCallback(),this.__lumoInjector&&(this.__lumoInjector.componentDisconnected(this),this.__lumoInjector=void 0)}};var es=s=>class extends s{static get properties(){return{_theme:{type:String,readOnly:!0}}}static get observedAttributes(){return[...super.observedAttributes,"theme"]}attributeChangedCallback(t,i,r){super.attributeChangedCallback(t,i,r),t==="theme"&&this._set_theme(r)}};var He=[],Ur=new Set,qr=new Set;function Wr(s){return s&&Object.prototype.hasOwnProperty.call(s,"__themes")}function Gr(s,e){return(s||"").split(" ").some(t=>new RegExp(`^${t.split("*").join(".*")}$`,"u").test(e))}function Kr(s){return s.map(e=>e.cssText).join(`
`)}var Yr="vaadin-themable-mixin-style";function Zr(s,e){let t=document.createElement("style");t.id=Yr,t.textContent=Kr(s),e.content.appendChild(t)}function Xr(s=""){let e=0;return s.startsWith("lumo-")||s.startsWith("material-")?e=1:s.startsWith("vaadin-")&&(e=2),e}function is(s){let e=[];return s.include&&[].concat(s.include).forEach(t=>{let i=He.find(r=>r.moduleId===t);i?e.push(...is(i),...i.styles):console.warn(`Included moduleId ${t} not found in style registry`)},s.styles),e}function Jr(s){let e=`${s}-default-theme`,t=He.filter(i=>i.moduleId!==e&&Gr(i.themeFor,s)).map(i=>({...i,styles:[...is(i),...i.styles],includePriority:Xr(i.moduleId)})).sort((i,r)=>r.includePriority-i.includePriority);return t.length>0?t:He.filter(i=>i.moduleId===e)}var C=s=>class extends es(s){constructor(){super(),Ur.add(new WeakRef(this))}static finalize(){if(super.finalize(),this.is&&qr.add(this.is),this.elementStyles)return;let t=this.prototype._template;!t||Wr(this)||Zr(this.getStylesForThis(),t)}static finalizeStyles(t){return this.baseStyles=t?[t].flat(1/0):[],this.themeStyles=this.getStylesForThis(),[...this.baseStyles,...this.themeStyles]}static getStylesForThis(){let t=s.__themes||[],i=Object.getPrototypeOf(this.prototype),r=(i?i.constructor.__themes:[])||[];this.__themes=[...t,...r,...Jr(this.is)];let o=this.__themes.flatMap(n=>n.styles);return o.filter((n,a)=>a===o.lastIndexOf(n))}};["--vaadin-text-color","--vaadin-text-color-disabled","--vaadin-text-color-secondary","--vaadin-border-color","--vaadin-border-color-secondary","--vaadin-background-color"].forEach(s=>{mt({name:s,syntax:"<color>",inherits:!0,initialValue:"transparent"})});Gi("vaadin-base",p`
    @layer vaadin.base {
      html {
        /* Background color */
        --vaadin-background-color: light-dark(#fff, #222);

        /* Container colors */
        --vaadin-background-container: color-mix(in oklab, var(--vaadin-text-color) 5%, var(--vaadin-background-color));
        --vaadin-background-container-strong: color-mix(
          in oklab,
          var(--vaadin-text-color) 10%,
          var(--vaadin-background-color)
        );

        /* Border colors */
        --vaadin-border-color-secondary: color-mix(in oklab, var(--vaadin-text-color) 24%, transparent);
        --vaadin-border-color: color-mix(in oklab, var(--vaadin-text-color) 48%, transparent); /* Above 3:1 contrast */

        /* Text colors */
        /* Above 3:1 contrast */
        --vaadin-text-color-disabled: color-mix(in oklab, var(--vaadin-text-color) 48%, transparent);
        /* Above 4.5:1 contrast */
        --vaadin-text-color-secondary: color-mix(in oklab, var(--vaadin-text-color) 68%, transparent);
        /* Above 7:1 contrast */
        --vaadin-text-color: light-dark(#1f1f1f, white);

        /* Padding */
        --vaadin-padding-xs: 6px;
        --vaadin-padding-s: 8px;
        --vaadin-padding-m: 12px;
        --vaadin-padding-l: 16px;
        --vaadin-padding-xl: 24px;
        --vaadin-padding-block-container: var(--vaadin-padding-xs);
        --vaadin-padding-inline-container: var(--vaadin-padding-s);

        /* Gap/spacing */
        --vaadin-gap-xs: 6px;
        --vaadin-gap-s: 8px;
        --vaadin-gap-m: 12px;
        --vaadin-gap-l: 16px;
        --vaadin-gap-xl: 24px;

        /* Border radius */
        --vaadin-radius-s: 3px;
        --vaadin-radius-m: 6px;
        --vaadin-radius-l: 12px;

        /* Focus outline */
        --vaadin-focus-ring-width: 2px;
        --vaadin-focus-ring-color: var(--vaadin-text-color);

        /* Icons, used as mask-image */
        --_vaadin-icon-arrow-up: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m5 12 7-7 7 7"/><path d="M12 19V5"/></svg>');
        --_vaadin-icon-calendar: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M8 2v4"/><path d="M16 2v4"/><rect width="18" height="18" x="3" y="4" rx="2"/><path d="M3 10h18"/></svg>');
        --_vaadin-icon-checkmark: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2.5" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="m4.5 12.75 6 6 9-13.5" /></svg>');
        --_vaadin-icon-checkmark-small: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="3.5" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="m4.5 12.75 6 6 9-13.5" /></svg>');
        --_vaadin-icon-chevron-down: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>');
        --_vaadin-icon-chevron-right: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m9 18 6-6-6-6"/></svg>');
        --_vaadin-icon-clock: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 6v6l4 2"/><circle cx="12" cy="12" r="10"/></svg>');
        --_vaadin-icon-cross: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M6 18 18 6M6 6l12 12" /></svg>');
        --_vaadin-icon-cross-small: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="3.5" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M6 18 18 6M6 6l12 12" /></svg>');
        --_vaadin-icon-drag: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"><path d="M11 7c0 .82843-.6716 1.5-1.5 1.5C8.67157 8.5 8 7.82843 8 7s.67157-1.5 1.5-1.5c.8284 0 1.5.67157 1.5 1.5Zm0 5c0 .8284-.6716 1.5-1.5 1.5-.82843 0-1.5-.6716-1.5-1.5s.67157-1.5 1.5-1.5c.8284 0 1.5.6716 1.5 1.5Zm0 5c0 .8284-.6716 1.5-1.5 1.5-.82843 0-1.5-.6716-1.5-1.5s.67157-1.5 1.5-1.5c.8284 0 1.5.6716 1.5 1.5Zm5-10c0 .82843-.6716 1.5-1.5 1.5S13 7.82843 13 7s.6716-1.5 1.5-1.5S16 6.17157 16 7Zm0 5c0 .8284-.6716 1.5-1.5 1.5S13 12.8284 13 12s.6716-1.5 1.5-1.5 1.5.6716 1.5 1.5Zm0 5c0 .8284-.6716 1.5-1.5 1.5S13 17.8284 13 17s.6716-1.5 1.5-1.5 1.5.6716 1.5 1.5Z" fill="currentColor"/></svg>');
        --_vaadin-icon-ellipsis: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/><circle cx="5" cy="12" r="1"/></svg>');
        --_vaadin-icon-eye: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M2.036 12.322a1.012 1.012 0 0 1 0-.639C3.423 7.51 7.36 4.5 12 4.5c4.638 0 8.573 3.007 9.963 7.178.07.207.07.431 0 .639C20.577 16.49 16.64 19.5 12 19.5c-4.638 0-8.573-3.007-9.963-7.178Z" /><path stroke-linecap="round" stroke-linejoin="round" d="M15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z" /></svg>');
        --_vaadin-icon-eye-slash: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M3.98 8.223A10.477 10.477 0 0 0 1.934 12C3.226 16.338 7.244 19.5 12 19.5c.993 0 1.953-.138 2.863-.395M6.228 6.228A10.451 10.451 0 0 1 12 4.5c4.756 0 8.773 3.162 10.065 7.498a10.522 10.522 0 0 1-4.293 5.774M6.228 6.228 3 3m3.228 3.228 3.65 3.65m7.894 7.894L21 21m-3.228-3.228-3.65-3.65m0 0a3 3 0 1 0-4.243-4.243m4.242 4.242L9.88 9.88" /></svg>');
        --_vaadin-icon-file: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"/><path d="M14 2v4a2 2 0 0 0 2 2h4"/></svg>');
        --_vaadin-icon-fullscreen: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M3.75 3.75v4.5m0-4.5h4.5m-4.5 0L9 9M3.75 20.25v-4.5m0 4.5h4.5m-4.5 0L9 15M20.25 3.75h-4.5m4.5 0v4.5m0-4.5L15 9m5.25 11.25h-4.5m4.5 0v-4.5m0 4.5L15 15" /></svg>');
        --_vaadin-icon-image: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="18" x="3" y="3" rx="2" ry="2"/><circle cx="9" cy="9" r="2"/><path d="m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21"/></svg>');
        --_vaadin-icon-link: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>');
        --_vaadin-icon-menu: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5" /></svg>');
        --_vaadin-icon-minus: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14"/></svg>');
        --_vaadin-icon-paper-airplane: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M6 12 3.269 3.125A59.769 59.769 0 0 1 21.485 12 59.768 59.768 0 0 1 3.27 20.875L5.999 12Zm0 0h7.5" /></svg>');
        --_vaadin-icon-pen: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"/><path d="m15 5 4 4"/></svg>');
        --_vaadin-icon-play: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" d="M5.25 5.653c0-.856.917-1.398 1.667-.986l11.54 6.347a1.125 1.125 0 0 1 0 1.972l-11.54 6.347a1.125 1.125 0 0 1-1.667-.986V5.653Z" /></svg>');
        --_vaadin-icon-plus: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14"/><path d="M12 5v14"/></svg>');
        --_vaadin-icon-redo: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 7v6h-6"/><path d="M3 17a9 9 0 0 1 9-9 9 9 0 0 1 6 2.3l3 2.7"/></svg>');
        --_vaadin-icon-refresh: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"><path d="M22 10C22 10 19.995 7.26822 18.3662 5.63824C16.7373 4.00827 14.4864 3 12 3C7.02944 3 3 7.02944 3 12C3 16.9706 7.02944 21 12 21C16.1031 21 19.5649 18.2543 20.6482 14.5M22 10V4M22 10H16" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>');
        --_vaadin-icon-resize: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"><path fill-rule="evenodd" clip-rule="evenodd" d="M18.5303 7.46967c.2929.29289.2929.76777 0 1.06066L8.53033 18.5304c-.29289.2929-.76777.2929-1.06066 0s-.29289-.7678 0-1.0607L17.4697 7.46967c.2929-.29289.7677-.29289 1.0606 0Zm0 4.50003c.2929.2929.2929.7678 0 1.0607l-5.5 5.5c-.2929.2928-.7677.2928-1.0606 0-.2929-.2929-.2929-.7678 0-1.0607l5.4999-5.5c.2929-.2929.7678-.2929 1.0607 0Zm0 4.5c.2929.2928.2929.7677 0 1.0606l-1 1.0001c-.2929.2928-.7677.2929-1.0606 0-.2929-.2929-.2929-.7678 0-1.0607l1-1c.2929-.2929.7677-.2929 1.0606 0Z" fill="currentColor"/></svg>');
        --_vaadin-icon-slash: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"><rect x="13.7812" y="4.22583" width="1.5" height="16" rx="0.75" transform="rotate(20 13.7812 4.22583)" fill="currentColor"/></svg>');
        --_vaadin-icon-sort: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" width="8" height="12" viewBox="0 0 8 12" fill="none"><path d="M7.49854 6.99951C7.92795 6.99951 8.15791 7.50528 7.87549 7.82861L4.37646 11.8296C4.17728 12.0571 3.82272 12.0571 3.62354 11.8296L0.125488 7.82861C-0.157248 7.50531 0.0719873 6.99956 0.501465 6.99951H7.49854ZM3.62354 0.17041C3.82275 -0.0573875 4.17725 -0.0573848 4.37646 0.17041L7.87549 4.17041C8.15825 4.49373 7.92806 5.00049 7.49854 5.00049L0.501465 4.99951C0.0719873 4.99946 -0.157248 4.49371 0.125488 4.17041L3.62354 0.17041Z" fill="black"/></svg>');
        --_vaadin-icon-undo: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-9-9 9 9 0 0 0-6 2.3L3 13"/></svg>');
        --_vaadin-icon-upload: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 3v12"/><path d="m17 8-5-5-5 5"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/></svg>');
        --_vaadin-icon-user: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"/><circle cx="12" cy="7" r="4"/></svg>');
        --_vaadin-icon-warn: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"/><path d="M12 9v4"/><path d="M12 17h.01"/></svg>');

        /* Cursors for interactive elements */
        --vaadin-clickable-cursor: pointer;
        --vaadin-disabled-cursor: not-allowed;

        /* Use units so that the values can be used in calc() */
        --safe-area-inset-top: env(safe-area-inset-top, 0px);
        --safe-area-inset-right: env(safe-area-inset-right, 0px);
        --safe-area-inset-bottom: env(safe-area-inset-bottom, 0px);
        --safe-area-inset-left: env(safe-area-inset-left, 0px);
        --safe-area-inset-inline-start: var(--safe-area-inset-left);
        --safe-area-inset-inline-end: var(--safe-area-inset-right);

        &:dir(rtl) {
          --safe-area-inset-inline-start: var(--safe-area-inset-right);
          --safe-area-inset-inline-end: var(--safe-area-inset-left);
        }
      }

      @supports not (color: hsl(0 0 0)) {
        html {
          --_vaadin-safari-17-deg: 1deg;
        }
      }

      @media (forced-colors: active) {
        html {
          --vaadin-background-color: Canvas;
          --vaadin-border-color: CanvasText;
          --vaadin-border-color-secondary: CanvasText;
          --vaadin-text-color-disabled: CanvasText;
          --vaadin-text-color-secondary: CanvasText;
          --vaadin-text-color: CanvasText;
          --vaadin-icon-color: CanvasText;
          --vaadin-focus-ring-color: Highlight;
        }
      }
    }
  `);var Gt=(s,e=s)=>p`
  :host {
    align-items: baseline;
    column-gap: var(--vaadin-${h(e)}-gap, var(--vaadin-gap-s));
    grid-template: none;
    grid-template-columns: auto 1fr;
    grid-template-rows: repeat(auto-fill, minmax(0, max-content));
    -webkit-tap-highlight-color: transparent;
    --_cursor: var(--vaadin-clickable-cursor);
    --_marker-color: var(--vaadin-${h(e)}-marker-color, var(--vaadin-${h(e)}-background, var(--vaadin-background-color)));
    --_marker-filter: var(--vaadin-${h(e)}-marker-color, saturate(0) invert(1) hue-rotate(180deg) contrast(100) brightness(100));
  }

  :host(:not([has-label])) {
    column-gap: 0;
  }

  [part='${h(s)}'],
  ::slotted(input),
  [part='label'],
  ::slotted(label) {
    grid-row: 1;
  }

  [part='label'],
  ::slotted(label) {
    font-size: var(--vaadin-${h(e)}-label-font-size, var(--vaadin-input-field-label-font-size, inherit));
    line-height: var(--vaadin-${h(e)}-label-line-height, var(--vaadin-input-field-label-line-height, inherit));
    font-weight: var(--vaadin-${h(e)}-label-font-weight, var(--vaadin-input-field-label-font-weight, 500));
    color: var(--vaadin-${h(e)}-label-color, var(--vaadin-input-field-label-color, var(--vaadin-text-color)));
    word-break: break-word;
    cursor: var(--_cursor);
  }

  [part='${h(s)}'],
  ::slotted(input) {
    grid-column: 1;
  }

  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    margin-bottom: 0;
    grid-column: 2;
    width: auto;
    min-width: auto;
  }

  [part='helper-text'],
  [part='error-message'] {
    margin-top: var(--_gap-s);
    grid-row: auto;
  }

  /* Baseline vertical alignment */
  :host::before {
    grid-row: 1;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* visually hidden */
  ::slotted(input) {
    cursor: inherit;
    align-self: stretch;
    appearance: none;
    cursor: var(--_cursor);
    /* Ensure minimum click target (WCAG) */
    margin: min(0px, (24px - 100%) / -2) !important;
    /* Extend the input to cover the gap between the checkbox/radio and label */
    margin-inline-end: calc(min(0px, (24px - 100%) / -2) - var(--vaadin-${h(e)}-gap, var(--vaadin-gap-s))) !important;
  }

  /* Control container (checkbox, radio button) */
  [part='${h(s)}'] {
    background: var(--vaadin-${h(e)}-background, var(--vaadin-background-color));
    border-color: var(--vaadin-${h(e)}-border-color, var(--vaadin-input-field-border-color, var(--vaadin-border-color)));
    border-radius: var(--vaadin-${h(e)}-border-radius, var(--vaadin-radius-s));
    border-style: var(--_border-style, solid);
    --_border-width: var(--vaadin-${h(e)}-border-width, var(--vaadin-input-field-border-width, 1px));
    border-width: var(--_border-width);
    box-sizing: border-box;
    color: var(--_marker-color);
    height: var(--vaadin-${h(e)}-size, round(1.125em, 2px));
    width: var(--vaadin-${h(e)}-size, round(1.125em, 2px));
    position: relative;
    cursor: var(--_cursor);
    display: flex;
    align-items: center;
    justify-content: center;
  }

  :host(:is([checked], [indeterminate])) {
    --vaadin-${h(e)}-background: var(--vaadin-text-color);
    --vaadin-${h(e)}-border-color: transparent;
  }

  :host([readonly]) {
    --vaadin-${h(s)}-background: transparent;
    --vaadin-${h(s)}-border-color: var(--vaadin-border-color);
    --vaadin-${h(s)}-marker-color: var(--vaadin-text-color);
    --_border-style: dashed;
    --_cursor: var(--vaadin-disabled-cursor);

    [part='label'],
    ::slotted(label) {
      cursor: default;
    }
  }

  :host([disabled]) {
    --vaadin-${h(e)}-background: var(--vaadin-input-field-disabled-background, var(--vaadin-background-container-strong));
    --vaadin-${h(e)}-border-color: transparent;
    --vaadin-${h(e)}-marker-color: var(--vaadin-text-color-disabled);
    --_cursor: var(--vaadin-disabled-cursor);
  }

  /* Focus ring */
  :host([focus-ring]) [part='${h(s)}'] {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--_border-width) * -1);
  }

  :host([focus-ring]:is([checked], [indeterminate])) [part='${h(s)}'] {
    outline-offset: 1px;
  }

  :host([readonly][focus-ring]) [part='${h(s)}'] {
    --vaadin-${h(e)}-border-color: transparent;
    outline-offset: calc(var(--_border-width) * -1);
    outline-style: dashed;
  }

  /* Checked indicator (checkmark, dot) */
  [part='${h(s)}']::after {
    content: '\\2003' / '';
    background: currentColor;
    border-radius: inherit;
    display: flex;
    align-items: center;
    filter: var(--_marker-filter);
  }

  :host(:not([checked], [indeterminate])) [part='${h(s)}']::after {
    opacity: 0;
  }

  /* Reverse variant */
  :host([theme~='reverse']) {
    grid-template-columns: 1fr auto;

    &::before {
      display: none;
    }

    [part='label'],
    [part='helper-text'],
    [part='error-message'] {
      grid-column: 1;
    }

    [part='${h(s)}'],
    ::slotted(input) {
      grid-column: 2;
    }

    ::slotted(input) {
      margin-inline: calc(min(0px, (24px - 100%) / -2) - var(--vaadin-${h(e)}-gap, var(--vaadin-gap-s))) 0 !important;
    }
  }

  @media (forced-colors: active) {
    :host(:is([checked], [indeterminate])) {
      --vaadin-${h(e)}-border-color: CanvasText !important;
    }

    :host(:is([checked], [indeterminate])) [part='${h(s)}'] {
      background: SelectedItem !important;
    }

    :host(:is([checked], [indeterminate])) [part='${h(s)}']::after {
      background: SelectedItemText !important;
    }

    :host([readonly]) [part='${h(s)}']::after {
      background: CanvasText !important;
    }

    :host([disabled]) {
      --vaadin-${h(e)}-border-color: GrayText !important;
    }

    :host([disabled]) [part='${h(s)}']::after {
      background: GrayText !important;
    }
  }
`;var $=p`
  :host {
    --_helper-below-field: initial;
    --_helper-above-field: ;
    --_no-helper: initial;
    --_has-helper: ;
    --_no-error: initial;
    --_has-error: ;
    --_gap: var(--vaadin-input-field-container-gap, var(--vaadin-gap-xs));
    --_gap-s: round(var(--_gap) / 3, 2px);
    display: inline-grid;
    grid-template:
      'label' auto var(--_helper-above-field, 'helper' auto) 'baseline' 0 'input' 1fr var(
        --_helper-below-field,
        'helper' auto
      )
      'error' auto / 100%;
    height: fit-content;
    outline: none;
    cursor: default;
    -webkit-tap-highlight-color: transparent;
  }

  :host([has-helper]) {
    --_has-helper: initial;
    --_no-helper: ;
  }

  :host([has-error-message]) {
    --_has-error: initial;
    --_no-error: ;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([has-label])) [part='label'],
  :host(:not([has-helper])) [part='helper-text'],
  :host(:not([has-error-message])) [part='error-message'] {
    display: none;
  }

  /* Baseline alignment guide */
  :host::before {
    content: '\\2003' / '';
    grid-column: 1;
    grid-row: 1 / baseline;
    align-self: end;
    font-size: var(--vaadin-input-field-value-font-size, inherit);
    line-height: var(--vaadin-input-field-value-line-height, inherit);
    padding: var(
      --vaadin-input-field-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    border: var(--vaadin-input-field-border-width, 1px) solid transparent;
    pointer-events: none;
    margin-bottom: calc(
      var(
          --vaadin-field-baseline-input-height,
          (1lh + var(--vaadin-padding-block-container) * 2 + var(--vaadin-input-field-border-width, 1px) * 2)
        ) *
        -1
    );
  }

  [class$='container'] {
    display: contents;
  }

  [part] {
    grid-column: 1;
  }

  [part='label'] {
    font-size: var(--vaadin-input-field-label-font-size, inherit);
    line-height: var(--vaadin-input-field-label-line-height, inherit);
    font-weight: var(--vaadin-input-field-label-font-weight, 500);
    color: var(--vaadin-input-field-label-color, var(--vaadin-text-color));
    word-break: break-word;
    position: relative;
    grid-area: label;
    margin-bottom: var(--_helper-below-field, var(--_gap)) var(--_helper-above-field, var(--_no-helper, var(--_gap)));
  }

  ::slotted(label) {
    cursor: inherit;
  }

  :host([disabled]) [part='label'],
  :host([disabled]) ::slotted(label) {
    opacity: 0.5;
  }

  :host([disabled]) [part='label'] ::slotted(label) {
    opacity: 1;
  }

  :host([required]) [part='label'] {
    padding-inline-end: 1em;
  }

  [part='required-indicator'] {
    display: inline-block;
    position: absolute;
    width: 1em;
    text-align: center;
    color: var(--vaadin-input-field-required-indicator-color, var(--vaadin-text-color-secondary));
  }

  [part='required-indicator']::after {
    content: var(--vaadin-input-field-required-indicator, '*');
  }

  :host(:not([required])) [part='required-indicator'] {
    display: none;
  }

  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    width: min-content;
    min-width: 100%;
    box-sizing: border-box;
  }

  [part='input-field'],
  [part='group-field'],
  [part='input-fields'] {
    grid-area: input;
  }

  [part='input-field'] {
    width: var(--vaadin-field-default-width, 12em);
    max-width: 100%;
    min-width: 100%;
  }

  :host([readonly]) [part='input-field'] {
    cursor: default;
  }

  :host([disabled]) [part='input-field'] {
    cursor: var(--vaadin-disabled-cursor);
  }

  [part='helper-text'] {
    font-size: var(--vaadin-input-field-helper-font-size, inherit);
    line-height: var(--vaadin-input-field-helper-line-height, inherit);
    font-weight: var(--vaadin-input-field-helper-font-weight, 400);
    color: var(--vaadin-input-field-helper-color, var(--vaadin-text-color-secondary));
    grid-area: helper;
    margin-top: var(--_helper-above-field, var(--_gap-s)) var(--_helper-below-field, var(--_gap));
    margin-bottom: var(--_helper-above-field, var(--_gap));
  }

  [part='error-message'] {
    font-size: var(--vaadin-input-field-error-font-size, inherit);
    line-height: var(--vaadin-input-field-error-line-height, inherit);
    font-weight: var(--vaadin-input-field-error-font-weight, 400);
    color: var(--vaadin-input-field-error-color, var(--vaadin-text-color));
    display: flex;
    gap: var(--vaadin-gap-xs);
    grid-area: error;
    margin-top: var(--_has-helper, var(--_helper-below-field, var(--_gap-s)) var(--_helper-above-field, var(--_gap)))
      var(--_no-helper, var(--_gap));
  }

  [part='error-message']::before {
    content: '';
    display: inline-block;
    flex: none;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-warn) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    background: currentColor;
  }

  :host([theme~='helper-above-field']) {
    --_helper-above-field: initial;
    --_helper-below-field: ;
  }

  @media (forced-colors: active) {
    [part='error-message']::before {
      background: CanvasText;
    }
  }
`;var Qr=p`
  [part='radio'] {
    border-radius: 50%;
    color: var(--vaadin-radio-button-dot-color, var(--_marker-color));
  }

  [part='radio']::after {
    width: var(--vaadin-radio-button-dot-size, var(--vaadin-radio-button-marker-size, 50%));
    height: var(--vaadin-radio-button-dot-size, var(--vaadin-radio-button-marker-size, 50%));
    border-radius: 50%;
    filter: var(--vaadin-radio-button-dot-color, var(--_marker-filter));
  }
`,ss=[$,Gt("radio","radio-button"),Qr];var to=!1,eo=s=>s,Ge=typeof document.head.style.touchAction=="string",qe="__polymerGestures",je="__polymerGesturesHandled",We="__polymerGesturesTouchAction",rs=25,os=5,io=2,so=["mousedown","mousemove","mouseup","click"],ro=[0,1,4,2],oo=(function(){try{return new MouseEvent("test",{buttons:1}).buttons===1}catch{return!1}})();function Ke(s){return so.indexOf(s)>-1}var ls=!1;(function(){try{let s=Object.defineProperty({},"passive",{get(){ls=!0}});window.addEventListener("test",null,s),window.removeEventListener("test",null,s)}catch{}})();function no(s){if(!(Ke(s)||s==="touchend")&&Ge&&ls&&to)return{passive:!0}}var ao=navigator.userAgent.match(/iP(?:[oa]d|hone)|Android/u),lo={button:!0,command:!0,fieldset:!0,input:!0,keygen:!0,optgroup:!0,option:!0,select:!0,textarea:!0};function lt(s){let e=s.type;if(!Ke(e))return!1;if(e==="mousemove"){let i=s.buttons??1;return s instanceof window.MouseEvent&&!oo&&(i=ro[s.which]||0),!!(i&1)}return(s.button??0)===0}function ho(s){if(s.type==="click"){if(s.detail===0)return!0;let e=W(s);if(!e.nodeType||e.nodeType!==Node.ELEMENT_NODE)return!0;let t=e.getBoundingClientRect(),i=s.pageX,r=s.pageY;return!(i>=t.left&&i<=t.right&&r>=t.top&&r<=t.bottom)}return!1}var H={mouse:{target:null,mouseIgnoreJob:null},touch:{x:0,y:0,id:-1,scrollDecided:!1}};function co(s){let e="auto",t=hs(s);for(let i=0,r;i<t.length;i++)if(r=t[i],r[We]){e=r[We];break}return e}function ds(s,e,t){s.movefn=e,s.upfn=t,document.addEventListener("mousemove",e),document.addEventListener("mouseup",t)}function _t(s){document.removeEventListener("mousemove",s.movefn),document.removeEventListener("mouseup",s.upfn),s.movefn=null,s.upfn=null}var hs=window.ShadyDOM&&window.ShadyDOM.noPatch?window.ShadyDOM.composedPath:s=>s.composedPath&&s.composedPath()||[],Ye={},at=[];function uo(s,e){let t=document.elementFromPoint(s,e),i=t;for(;i?.shadowRoot&&!window.ShadyDOM;){let r=i;if(i=i.shadowRoot.elementFromPoint(s,e),r===i)break;i&&(t=i)}return t}function W(s){let e=hs(s);return e.length>0?e[0]:s.target}function po(s){let e=s.type,i=s.currentTarget[qe];if(!i)return;let r=i[e];if(!r)return;if(!s[je]&&(s[je]={},e.startsWith("touch"))){let n=s.changedTouches[0];if(e==="touchstart"&&s.touches.length===1&&(H.touch.id=n.identifier),H.touch.id!==n.identifier)return;Ge||(e==="touchstart"||e==="touchmove")&&fo(s)}let o=s[je];if(!o.skip){for(let n=0,a;n<at.length;n++)a=at[n],r[a.name]&&!o[a.name]&&a.flow&&a.flow.start.indexOf(s.type)>-1&&a.reset&&a.reset();for(let n=0,a;n<at.length;n++)a=at[n],r[a.name]&&!o[a.name]&&(o[a.name]=!0,a[e](s))}}function fo(s){let e=s.changedTouches[0],t=s.type;if(t==="touchstart")H.touch.x=e.clientX,H.touch.y=e.clientY,H.touch.scrollDecided=!1;else if(t==="touchmove"){if(H.touch.scrollDecided)return;H.touch.scrollDecided=!0;let i=co(s),r=!1,o=Math.abs(H.touch.x-e.clientX),n=Math.abs(H.touch.y-e.clientY);s.cancelable&&(i==="none"?r=!0:i==="pan-x"?r=n>o:i==="pan-y"&&(r=o>n)),r?s.preventDefault():Kt("track")}}function Ze(s,e,t){return Ye[e]?(mo(s,e,t),!0):!1}function mo(s,e,t){let i=Ye[e],r=i.deps,o=i.name,n=s[qe];n||(s[qe]=n={});for(let a=0,l,d;a<r.length;a++)l=r[a],!(ao&&Ke(l)&&l!=="click")&&(d=n[l],d||(n[l]=d={_count:0}),d._count===0&&s.addEventListener(l,po,no(l)),d[o]=(d[o]||0)+1,d._count=(d._count||0)+1);s.addEventListener(e,t),i.touchAction&&vo(s,i.touchAction)}function Xe(s){at.push(s),s.emits.forEach(e=>{Ye[e]=s})}function _o(s){for(let e=0,t;e<at.length;e++){t=at[e];for(let i=0,r;i<t.emits.length;i++)if(r=t.emits[i],r===s)return t}return null}function vo(s,e){Ge&&s instanceof HTMLElement&&rt.run(()=>{s.style.touchAction=e}),s[We]=e}function Je(s,e,t){let i=new Event(e,{bubbles:!0,cancelable:!0,composed:!0});if(i.detail=t,eo(s).dispatchEvent(i),i.defaultPrevented){let r=t.preventer||t.sourceEvent;r?.preventDefault&&r.preventDefault()}}function Kt(s){let e=_o(s);e.info&&(e.info.prevent=!0)}Xe({name:"downup",deps:["mousedown","touchstart","touchend"],flow:{start:["mousedown","touchstart"],end:["mouseup","touchend"]},emits:["down","up"],info:{movefn:null,upfn:null},reset(){_t(this.info)},mousedown(s){if(!lt(s))return;let e=W(s),t=this,i=o=>{lt(o)||(Pt("up",e,o),_t(t.info))},r=o=>{lt(o)&&Pt("up",e,o),_t(t.info)};ds(this.info,i,r),Pt("down",e,s)},touchstart(s){Pt("down",W(s),s.changedTouches[0],s)},touchend(s){Pt("up",W(s),s.changedTouches[0],s)}});function Pt(s,e,t,i){e&&Je(e,s,{x:t.clientX,y:t.clientY,sourceEvent:t,preventer:i,prevent(r){return Kt(r)}})}Xe({name:"track",touchAction:"none",deps:["mousedown","touchstart","touchmove","touchend"],flow:{start:["mousedown","touchstart"],end:["mouseup","touchend"]},emits:["track"],info:{x:0,y:0,state:"start",started:!1,moves:[],addMove(s){this.moves.length>io&&this.moves.shift(),this.moves.push(s)},movefn:null,upfn:null,prevent:!1},reset(){this.info.state="start",this.info.started=!1,this.info.moves=[],this.info.x=0,this.info.y=0,this.info.prevent=!1,_t(this.info)},mousedown(s){if(!lt(s))return;let e=W(s),t=this,i=o=>{let n=o.clientX,a=o.clientY;ns(t.info,n,a)&&(t.info.state=t.info.started?o.type==="mouseup"?"end":"track":"start",t.info.state==="start"&&Kt("tap"),t.info.addMove({x:n,y:a}),lt(o)||(t.info.state="end",_t(t.info)),e&&Ue(t.info,e,o),t.info.started=!0)},r=o=>{t.info.started&&i(o),_t(t.info)};ds(this.info,i,r),this.info.x=s.clientX,this.info.y=s.clientY},touchstart(s){let e=s.changedTouches[0];this.info.x=e.clientX,this.info.y=e.clientY},touchmove(s){let e=W(s),t=s.changedTouches[0],i=t.clientX,r=t.clientY;ns(this.info,i,r)&&(this.info.state==="start"&&Kt("tap"),this.info.addMove({x:i,y:r}),Ue(this.info,e,t),this.info.state="track",this.info.started=!0)},touchend(s){let e=W(s),t=s.changedTouches[0];this.info.started&&(this.info.state="end",this.info.addMove({x:t.clientX,y:t.clientY}),Ue(this.info,e,t))}});function ns(s,e,t){if(s.prevent)return!1;if(s.started)return!0;let i=Math.abs(s.x-e),r=Math.abs(s.y-t);return i>=os||r>=os}function Ue(s,e,t){if(!e)return;let i=s.moves[s.moves.length-2],r=s.moves[s.moves.length-1],o=r.x-s.x,n=r.y-s.y,a,l=0;i&&(a=r.x-i.x,l=r.y-i.y),Je(e,"track",{state:s.state,x:t.clientX,y:t.clientY,dx:o,dy:n,ddx:a,ddy:l,sourceEvent:t,hover(){return uo(t.clientX,t.clientY)}})}Xe({name:"tap",deps:["mousedown","click","touchstart","touchend"],flow:{start:["mousedown","touchstart"],end:["click","touchend"]},emits:["tap"],info:{x:NaN,y:NaN,prevent:!1},reset(){this.info.x=NaN,this.info.y=NaN,this.info.prevent=!1},mousedown(s){lt(s)&&(this.info.x=s.clientX,this.info.y=s.clientY)},click(s){lt(s)&&as(this.info,s)},touchstart(s){let e=s.changedTouches[0];this.info.x=e.clientX,this.info.y=e.clientY},touchend(s){as(this.info,s.changedTouches[0],s)}});function as(s,e,t){let i=Math.abs(e.clientX-s.x),r=Math.abs(e.clientY-s.y),o=W(t||e);!o||lo[o.localName]&&o.hasAttribute("disabled")||(isNaN(i)||isNaN(r)||i<=rs&&r<=rs||ho(e))&&(s.prevent||Je(o,"tap",{x:e.clientX,y:e.clientY,sourceEvent:e,preventer:t}))}function cs(s){let e=[];for(;s;){if(s.nodeType===Node.DOCUMENT_NODE){e.push(s);break}if(s.nodeType===Node.DOCUMENT_FRAGMENT_NODE){e.push(s),s=s.host;continue}if(s.assignedSlot){s=s.assignedSlot;continue}s=s.parentNode}return e}function Qe(s){return new Set(s?s.split(" ").filter(Boolean):[])}function us(s){return s?[...s].join(" "):""}function I(s,e,t){t?s.setAttribute(e,t):s.removeAttribute(e)}function ps(s){return Qe(Array.isArray(s)?s.join(" "):s)}function ti(s,e,t){t=ps(t);let i=Qe(s.getAttribute(e));t.forEach(r=>i.add(r)),I(s,e,us(i))}function ei(s,e,t){t=ps(t);let i=Qe(s.getAttribute(e));t.forEach(r=>i.delete(r)),I(s,e,us(i))}function fs(s){return s.nodeType===Node.TEXT_NODE&&s.textContent.trim()===""}function ms(s){return s?!!(s.nodeType===Node.ELEMENT_NODE&&(customElements.get(s.localName)||s.children.length>0)||s.textContent?.trim()):!1}var go=s=>class extends s{static get properties(){return{disabled:{type:Boolean,value:!1,observer:"_disabledChanged",reflectToAttribute:!0,sync:!0}}}_disabledChanged(t){this._setAriaDisabled(t)}_setAriaDisabled(t){I(this,"aria-disabled",t)}click(){this.disabled||super.click()}},O=b(go);var bo=s=>class extends s{ready(){super.ready(),this.addEventListener("keydown",t=>{this._onKeyDown(t)}),this.addEventListener("keyup",t=>{this._onKeyUp(t)})}_onKeyDown(t){switch(t.key){case"Enter":this._onEnter(t);break;case"Escape":this._onEscape(t);break;default:break}}_onKeyUp(t){}_onEnter(t){}_onEscape(t){}},B=b(bo);var vt=s=>class extends O(B(s)){get _activeKeys(){return[" "]}ready(){super.ready(),Ze(this,"down",t=>{this._shouldSetActive(t)&&this._setActive(!0)}),Ze(this,"up",()=>{this._setActive(!1)})}disconnectedCallback(){super.disconnectedCallback(),this._setActive(!1)}_shouldSetActive(t){return!this.disabled}_onKeyDown(t){super._onKeyDown(t),this._shouldSetActive(t)&&this._activeKeys.includes(t.key)&&(this._setActive(!0),document.addEventListener("keyup",i=>{this._activeKeys.includes(i.key)&&this._setActive(!1)},{once:!0}))}_setActive(t){this.toggleAttribute("active",t)}};var si=!1;window.addEventListener("keydown",()=>{si=!0},{capture:!0});window.addEventListener("mousedown",()=>{si=!1},{capture:!0});function Mt(){let s=document.activeElement||document.body;for(;s.shadowRoot&&s.shadowRoot.activeElement;)s=s.shadowRoot.activeElement;return s}function j(){return si}function _s(s){let e=s.style;if(e.visibility==="hidden"||e.display==="none")return!0;let t=window.getComputedStyle(s);return t.visibility==="hidden"||t.display==="none"}function xo(s,e){let t=Math.max(s.tabIndex,0),i=Math.max(e.tabIndex,0);return t===0||i===0?i>t:t>i}function yo(s,e){let t=[];for(;s.length>0&&e.length>0;)xo(s[0],e[0])?t.push(e.shift()):t.push(s.shift());return t.concat(s,e)}function ii(s){let e=s.length;if(e<2)return s;let t=Math.ceil(e/2),i=ii(s.slice(0,t)),r=ii(s.slice(t));return yo(i,r)}function vs(s){return s.checkVisibility?!s.checkVisibility({visibilityProperty:!0}):s.offsetParent===null&&s.clientWidth===0&&s.clientHeight===0?!0:_s(s)}function ri(s){return s.matches("input, select, textarea, button, object")?s.matches(":not([disabled])"):s.matches("a[href], area[href], iframe, [tabindex], [contentEditable]")}function G(s){return s.getRootNode().activeElement===s}function Co(s){if(!ri(s))return-1;let e=s.getAttribute("tabindex")||0;return Number(e)}function gs(s,e){if(s.nodeType!==Node.ELEMENT_NODE||_s(s))return!1;let t=s,i=Co(t),r=i>0;i>=0&&e.push(t);let o;return t.localName==="slot"?o=t.assignedNodes({flatten:!0}):o=(t.shadowRoot||t).children,[...o].forEach(n=>{r=gs(n,e)||r}),r}function Yt(s){let e=[];return gs(s,e)?ii(e):e}var wo=s=>class extends s{get _keyboardActive(){return j()}ready(){this.addEventListener("focusin",t=>{this._shouldSetFocus(t)&&this._setFocused(!0)}),this.addEventListener("focusout",t=>{this._shouldRemoveFocus(t)&&this._setFocused(!1)}),super.ready()}disconnectedCallback(){super.disconnectedCallback(),this.hasAttribute("focused")&&this._setFocused(!1)}focus(t){super.focus(t),t?.focusVisible!==!1&&this.setAttribute("focus-ring","")}_setFocused(t){this.toggleAttribute("focused",t),this.toggleAttribute("focus-ring",t&&this._keyboardActive)}_shouldSetFocus(t){return!0}_shouldRemoveFocus(t){return!0}},V=b(wo);var Zt=s=>class extends O(s){static get properties(){return{tabindex:{type:Number,reflectToAttribute:!0,observer:"_tabindexChanged",sync:!0},_lastTabIndex:{type:Number}}}_disabledChanged(t,i){super._disabledChanged(t,i),!this.__shouldAllowFocusWhenDisabled()&&(t?(this.tabindex!==void 0&&(this._lastTabIndex=this.tabindex),this.setAttribute("tabindex","-1")):i&&(this._lastTabIndex!==void 0?this.setAttribute("tabindex",this._lastTabIndex):this.tabindex=void 0))}_tabindexChanged(t){this.__shouldAllowFocusWhenDisabled()||this.disabled&&t!==-1&&(this._lastTabIndex=t,this.setAttribute("tabindex","-1"))}focus(t){(!this.disabled||this.__shouldAllowFocusWhenDisabled())&&super.focus(t)}__shouldAllowFocusWhenDisabled(){return!1}};var Io=s=>class extends V(Zt(s)){static get properties(){return{autofocus:{type:Boolean},focusElement:{type:Object,readOnly:!0,observer:"_focusElementChanged",sync:!0},_lastTabIndex:{value:0}}}constructor(){super(),this._boundOnBlur=this._onBlur.bind(this),this._boundOnFocus=this._onFocus.bind(this)}ready(){super.ready(),this.autofocus&&!this.disabled&&requestAnimationFrame(()=>{this.focus()})}focus(t){this.focusElement&&!this.disabled&&(this.focusElement.focus({preventScroll:!!t?.preventScroll}),t?.focusVisible!==!1&&this.setAttribute("focus-ring",""))}blur(){this.focusElement&&this.focusElement.blur()}click(){this.focusElement&&!this.disabled&&this.focusElement.click()}_focusElementChanged(t,i){t?(t.disabled=this.disabled,this._addFocusListeners(t),this.__forwardTabIndex(this.tabindex)):i&&this._removeFocusListeners(i)}_addFocusListeners(t){t.addEventListener("blur",this._boundOnBlur),t.addEventListener("focus",this._boundOnFocus)}_removeFocusListeners(t){t.removeEventListener("blur",this._boundOnBlur),t.removeEventListener("focus",this._boundOnFocus)}_onFocus(t){t.stopPropagation(),this.dispatchEvent(new Event("focus"))}_onBlur(t){t.stopPropagation(),this.dispatchEvent(new Event("blur"))}_shouldSetFocus(t){return t.target===this.focusElement}_shouldRemoveFocus(t){return t.target===this.focusElement}_disabledChanged(t,i){super._disabledChanged(t,i),this.focusElement&&(this.focusElement.disabled=t),t&&this.blur()}_tabindexChanged(t){this.__forwardTabIndex(t)}__forwardTabIndex(t){t!==void 0&&this.focusElement&&(this.focusElement.tabIndex=t,t!==-1&&(this.tabindex=void 0)),this.disabled&&t&&(t!==-1&&(this._lastTabIndex=t),this.tabindex=void 0),t===void 0&&this.hasAttribute("tabindex")&&this.removeAttribute("tabindex")}},gt=b(Io);var oi=new WeakMap;function So(s){return oi.has(s)||oi.set(s,new Set),oi.get(s)}function Eo(s,e){let t=document.createElement("style");t.textContent=s,e===document?document.head.appendChild(t):e.insertBefore(t,e.firstChild)}var ko=s=>class extends s{get slotStyles(){return[]}connectedCallback(){super.connectedCallback(),this.__applySlotStyles()}__applySlotStyles(){let t=this.getRootNode(),i=So(t);this.slotStyles.forEach(r=>{i.has(r)||(Eo(r,t),i.add(r))})}},bt=b(ko);var Ao=s=>class extends s{static get properties(){return{stateTarget:{type:Object,observer:"_stateTargetChanged"}}}static get delegateAttrs(){return[]}static get delegateProps(){return[]}ready(){super.ready(),this._createDelegateAttrsObserver(),this._createDelegatePropsObserver()}_stateTargetChanged(t){t&&(this._ensureAttrsDelegated(),this._ensurePropsDelegated())}_createDelegateAttrsObserver(){this._createMethodObserver(`_delegateAttrsChanged(${this.constructor.delegateAttrs.join(", ")})`)}_createDelegatePropsObserver(){this._createMethodObserver(`_delegatePropsChanged(${this.constructor.delegateProps.join(", ")})`)}_ensureAttrsDelegated(){this.constructor.delegateAttrs.forEach(t=>{this._delegateAttribute(t,this[t])})}_ensurePropsDelegated(){this.constructor.delegateProps.forEach(t=>{this._delegateProperty(t,this[t])})}_delegateAttrsChanged(...t){this.constructor.delegateAttrs.forEach((i,r)=>{this._delegateAttribute(i,t[r])})}_delegatePropsChanged(...t){this.constructor.delegateProps.forEach((i,r)=>{this._delegateProperty(i,t[r])})}_delegateAttribute(t,i){this.stateTarget&&(t==="invalid"&&this._delegateAttribute("aria-invalid",i?"true":!1),typeof i=="boolean"?this.stateTarget.toggleAttribute(t,i):I(this.stateTarget,t,i))}_delegateProperty(t,i){this.stateTarget&&(this.stateTarget[t]=i)}},Xt=b(Ao);var To=s=>class extends s{static get properties(){return{inputElement:{type:Object,readOnly:!0,observer:"_inputElementChanged",sync:!0},type:{type:String,readOnly:!0},value:{type:String,value:"",observer:"_valueChanged",notify:!0,sync:!0}}}constructor(){super(),this._boundOnInput=this._onInput.bind(this),this._boundOnChange=this._onChange.bind(this)}get _hasValue(){return this.value!=null&&this.value!==""}get _inputElementValueProperty(){return"value"}get _inputElementValue(){return this.inputElement?this.inputElement[this._inputElementValueProperty]:void 0}set _inputElementValue(t){this.inputElement&&(this.inputElement[this._inputElementValueProperty]=t)}clear(){this.value="",this._inputElementValue=""}_addInputListeners(t){t.addEventListener("input",this._boundOnInput),t.addEventListener("change",this._boundOnChange)}_removeInputListeners(t){t.removeEventListener("input",this._boundOnInput),t.removeEventListener("change",this._boundOnChange)}_forwardInputValue(t){this.inputElement&&(this._inputElementValue=t??"")}_inputElementChanged(t,i){t?this._addInputListeners(t):i&&this._removeInputListeners(i)}_onInput(t){let i=t.composedPath()[0];this.__userInput=t.isTrusted,this.value=i.value,this.__userInput=!1}_onChange(t){}_toggleHasValue(t){this.toggleAttribute("has-value",t)}_valueChanged(t,i){this._toggleHasValue(this._hasValue),!(t===""&&i===void 0)&&(this.__userInput||this._forwardInputValue(t))}},K=b(To);var Jt=s=>class extends Xt(O(K(s))){static get properties(){return{checked:{type:Boolean,value:!1,notify:!0,reflectToAttribute:!0,sync:!0}}}static get delegateProps(){return[...super.delegateProps,"checked"]}_onChange(t){let i=t.target;this._toggleChecked(i.checked)}_toggleChecked(t){this.checked=t}};var Y=class{constructor(e,t,i={}){this.target=e,this.callback=t,this.forceInitial=i.forceInitial,this._storedNodes=[],this._isSlot=e instanceof HTMLSlotElement,this._connected=!1,this._scheduled=!1,this._boundSchedule=()=>{this._schedule()},this.connect(),i.syncInitial?this.flush():this._schedule()}connect(){this.target.addEventListener("slotchange",this._boundSchedule),this._connected=!0}disconnect(){this.target.removeEventListener("slotchange",this._boundSchedule),this._connected=!1}_schedule(){this._scheduled||(this._scheduled=!0,queueMicrotask(()=>{this._scheduled&&this.flush()}))}flush(){this._connected&&(this._scheduled=!1,this._processNodes())}_collectNodes(){let e=this._isSlot?[this.target]:[...this.target.querySelectorAll("slot")];return[...new Set(e.flatMap(t=>t.assignedNodes({flatten:!0})))]}_groupNodesBySlot(e){let t=new Map;return e.forEach(i=>{let r=i.assignedSlot;t.set(r,t.get(r)??[]),t.get(r).push(i)}),t}_collectMovedNodes(e){let t=this._groupNodesBySlot(e),i=this._groupNodesBySlot(this._storedNodes),r=[];return t.forEach((o,n)=>{let a=i.get(n)||[];new Set(a).difference(new Set(o)).size>0||a.forEach((l,d)=>{o.indexOf(l)!==d&&r.push(l)})}),r}_processNodes(){let e=this._collectNodes(),t=e.filter(o=>!this._storedNodes.includes(o)),i=this._storedNodes.filter(o=>!e.includes(o)),r=this._collectMovedNodes(e);(t.length||i.length||r.length||this.forceInitial)&&this.callback({addedNodes:t,currentNodes:e,movedNodes:r,removedNodes:i}),this.forceInitial&&(this.forceInitial=!1),this._storedNodes=e}};var Po=0;function xt(){return Po++}var Z=class extends EventTarget{static generateId(e,t="default"){return`${t}-${e.localName}-${xt()}`}constructor(e,t,i,r={}){super();let{initializer:o,multiple:n,observe:a,useUniqueId:l,uniqueIdPrefix:d}=r;this.host=e,this.slotName=t,this.tagName=i,this.observe=typeof a=="boolean"?a:!0,this.multiple=typeof n=="boolean"?n:!1,this.slotInitializer=o,n&&(this.nodes=[]),l&&(this.defaultId=this.constructor.generateId(e,d||t))}hostConnected(){this.initialized||(this.multiple?this.initMultiple():this.initSingle(),this.observe&&this.observeSlot(),this.initialized=!0)}initSingle(){let e=this.getSlotChild();e?(this.node=e,this.initAddedNode(e)):(e=this.attachDefaultNode(),this.initNode(e))}initMultiple(){let e=this.getSlotChildren();if(e.length===0){let t=this.attachDefaultNode();t&&(this.nodes=[t],this.initNode(t))}else this.nodes=e,e.forEach(t=>{this.initAddedNode(t)})}attachDefaultNode(){let{host:e,slotName:t,tagName:i}=this,r=this.defaultNode;return!r&&i&&(r=document.createElement(i),r instanceof Element&&(t!==""&&r.setAttribute("slot",t),this.defaultNode=r)),r&&(this.node=r,e.appendChild(r)),r}getSlotChildren(){let{slotName:e}=this;return Array.from(this.host.childNodes).filter(t=>t.nodeType===Node.ELEMENT_NODE&&t.hasAttribute("data-slot-ignore")?!1:t.nodeType===Node.ELEMENT_NODE&&t.slot===e||t.nodeType===Node.TEXT_NODE&&t.textContent.trim()&&e==="")}getSlotChild(){return this.getSlotChildren()[0]}initNode(e){let{slotInitializer:t}=this;t&&t(e,this.host)}initCustomNode(e){}teardownNode(e){}initAddedNode(e){e!==this.defaultNode&&(this.initCustomNode(e),this.initNode(e))}observeSlot(){let{slotName:e}=this,t=e===""?"slot:not([name])":`slot[name=${e}]`,i=this.host.shadowRoot.querySelector(t);new Y(i,({addedNodes:r,removedNodes:o})=>{let n=this.multiple?this.nodes:[this.node],a=r.filter(l=>!fs(l)&&!n.includes(l)&&!(l.nodeType===Node.ELEMENT_NODE&&l.hasAttribute("data-slot-ignore")));o.length&&(this.nodes=n.filter(l=>!o.includes(l)),o.forEach(l=>{this.teardownNode(l)})),a?.length>0&&(this.multiple?(this.defaultNode&&this.defaultNode.remove(),this.nodes=[...n,...a].filter(l=>l!==this.defaultNode),a.forEach(l=>{this.initAddedNode(l)})):(this.node&&this.node.remove(),this.node=a[0],this.initAddedNode(this.node)))})}};var D=class extends Z{constructor(e,t,i={}){let{uniqueIdPrefix:r}=i;super(e,"input","input",{initializer:(o,n)=>{n.value&&(o.value=n.value),n.type&&o.setAttribute("type",n.type),o.id=this.defaultId,typeof t=="function"&&t(o)},useUniqueId:!0,uniqueIdPrefix:r})}};var X=class extends Z{#t;constructor(e,t,i,r={}){super(e,t,i,{...r,useUniqueId:!0})}initCustomNode(e){this.#e(e),this._notifyChange(e)}teardownNode(e){let t=this.getSlotChild();t&&t!==this.defaultNode?this._notifyChange(t):(this.restoreDefaultNode(),this.updateDefaultNode(this.node))}attachDefaultNode(){let e=super.attachDefaultNode();return e&&this.#e(e),e}restoreDefaultNode(){}updateDefaultNode(e){this._notifyChange(e)}observeNode(e){this.#t&&this.#t.disconnect(),this.#t=new MutationObserver(t=>{t.forEach(i=>{let r=i.target,o=r===this.node;i.type==="attributes"?o&&this.#e(r):(o||r.parentElement===this.node)&&this._notifyChange(this.node)})}),this.#t.observe(e,{attributes:!0,attributeFilter:["id"],childList:!0,subtree:!0,characterData:!0})}_notifyChange(e){this.dispatchEvent(new CustomEvent("slot-content-changed",{detail:{hasContent:ms(e),node:e}}))}#e(e){let t=!this.nodes||e===this.nodes[0];e.nodeType===Node.ELEMENT_NODE&&(!this.multiple||t)&&!e.id&&(e.id=this.defaultId)}};var Qt=class extends X{constructor(e){super(e,"label","label")}setLabel(e){this.label=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}restoreDefaultNode(){let{label:e}=this;if(e&&e.trim()!==""){let t=this.attachDefaultNode();this.observeNode(t)}}updateDefaultNode(e){e&&(e.textContent=this.label),super.updateDefaultNode(e)}initCustomNode(e){super.initCustomNode(e),this.observeNode(e)}};var te=s=>class extends s{static get properties(){return{label:{type:String,observer:"_labelChanged"}}}constructor(){super(),this._labelController=new Qt(this),this._labelController.addEventListener("slot-content-changed",t=>{this.toggleAttribute("has-label",t.detail.hasContent)})}get _labelId(){return this._labelNode?.id}get _labelNode(){return this._labelController.node}ready(){super.ready(),this.addController(this._labelController)}_labelChanged(t){this._labelController.setLabel(t)}};var N=class{constructor(e,t){this.input=e,t.addEventListener("slot-content-changed",i=>{this.#t(i.detail.node)}),this.#t(t.node)}#t(e){e&&(e.addEventListener("click",this.#e),this.input&&e.setAttribute("for",this.input.id))}#e=()=>{let e=t=>{t.stopImmediatePropagation(),this.input.removeEventListener("click",e)};this.input.addEventListener("click",e)}};var bs=s=>class extends bt(te(Jt(gt(vt(s))))){static get properties(){return{name:{type:String,value:""}}}static get delegateAttrs(){return[...super.delegateAttrs,"name"]}constructor(){super(),this._setType("radio"),this.value="on",this.tabindex=0}get slotStyles(){return[`
          ${this.localName} > input[slot='input'] {
            opacity: 0;
          }
        `]}ready(){super.ready(),this.addController(new D(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new N(this.inputElement,this._labelController))}};var yt=class extends bs(A(C(v(y(f))))){static get is(){return"vaadin-radio-button"}static get styles(){return ss}render(){return m`
      <div class="vaadin-radio-button-container">
        <div part="radio" aria-hidden="true"></div>
        <slot name="input"></slot>
        <slot name="label"></slot>
      </div>
    `}};_(yt);var ee=p`
  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    width: auto;
    min-width: auto;
  }

  [part='group-field'] {
    display: flex;
    flex-direction: column;
    gap: var(--vaadin-gap-xs) var(--vaadin-gap-xl);
  }

  :host([theme~='horizontal']) [part='group-field'] {
    flex-flow: row wrap;
    align-items: center;
    padding-block: var(--vaadin-padding-block-container);
    border-block: var(--vaadin-input-field-border-width, 1px) solid transparent;
  }
`;var xs=[$,ee,p`
    :host([readonly]) ::slotted(vaadin-radio-button) {
      --vaadin-radio-button-background: transparent;
      --vaadin-radio-button-border-color: var(--vaadin-border-color);
      --_marker-color: var(--vaadin-radio-button-marker-color, var(--vaadin-text-color));
      --_marker-filter: none;
      --_border-style: dashed;
      --_cursor: var(--vaadin-disabled-cursor);
    }
  `];var T=class extends Z{constructor(e){super(e,"tooltip"),this.setTarget(e)}initCustomNode(e){e.target=this.target,this.ariaTarget!==void 0&&(e.ariaTarget=this.ariaTarget),this.context!==void 0&&(e.context=this.context),this.manual!==void 0&&(e.manual=this.manual),this.position!==void 0&&(e._position=this.position),this.shouldShow!==void 0&&(e.shouldShow=this.shouldShow),this.manual||this.host.setAttribute("has-tooltip",""),this.#e(e),e.addEventListener("content-changed",this.#t)}teardownNode(e){this.manual||this.host.removeAttribute("has-tooltip"),e.removeEventListener("content-changed",this.#t),this.#e(null)}setAriaTarget(e){this.ariaTarget=e;let t=this.node;t&&(t.ariaTarget=e)}setContext(e){this.context=e;let t=this.node;t&&(t.context=e)}setManual(e){this.manual=e;let t=this.node;t&&(t.manual=e)}setPosition(e){this.position=e;let t=this.node;t&&(t._position=e)}setShouldShow(e){this.shouldShow=e;let t=this.node;t&&(t.shouldShow=e)}setTarget(e){this.target=e;let t=this.node;t&&(t.target=e)}open(e){let t=this.node;t?.isConnected&&t._stateController.open(e)}close(e){let t=this.node;t&&t._stateController.close(e)}#t=e=>{this.#e(e.target)};#e(e){this.dispatchEvent(new CustomEvent("tooltip-changed",{detail:{node:e}}))}};var ie=class{#t;#e=!1;#i;#s;#o;#r;#n;#l=[];#d=[];constructor(e){this.host=e}setTarget(e){this.#t=e,this.#h(),this.#c(),this.#a(),this.#u()}setRequired(e){this.#e=e,this.#u()}setLabel(e){this.#i=e,this.#h()}setLabelledBy(e){this.#s=e,this.#c()}setDescribedBy(e){this.#o=e,this.#a()}setErrorId(e){this.#r=e,this.#a()}setHelperId(e){this.#n=e,this.#a()}#h(){this.#t&&I(this.#t,"aria-label",this.#i)}#c(){this.#t&&(ei(this.#t,"aria-labelledby",this.#l),this.#l=[this.#s],ti(this.#t,"aria-labelledby",this.#l))}#a(){this.#t&&(ei(this.#t,"aria-describedby",this.#d),this.#d=[this.#o,this.#n,this.#r],ti(this.#t,"aria-describedby",this.#d))}#u(){this.#t&&(["input","textarea"].includes(this.#t.localName)||I(this.#t,"aria-required",this.#e))}};var L=document.createElement("div");L.style.position="fixed";L.style.clip="rect(0px, 0px, 0px, 0px)";L.setAttribute("aria-live","polite");document.body.appendChild(L);var se;function ys(s,e={}){let t=e.mode||"polite",i=e.timeout??150;t==="alert"?(L.removeAttribute("aria-live"),L.removeAttribute("role"),se=E.debounce(se,st,()=>{L.setAttribute("role","alert")})):(se&&se.cancel(),L.removeAttribute("role"),L.setAttribute("aria-live",t)),L.textContent="",setTimeout(()=>{L.textContent=s},i)}var re=class extends X{constructor(e){super(e,"error-message","div")}setErrorMessage(e){this.errorMessage=e,this.updateDefaultNode(this.node)}setInvalid(e){this.invalid=e,this.updateDefaultNode(this.node)}initAddedNode(e){e!==this.defaultNode&&this.initCustomNode(e)}initNode(e){this.updateDefaultNode(e)}initCustomNode(e){e.textContent&&!this.errorMessage&&(this.errorMessage=e.textContent.trim()),super.initCustomNode(e)}restoreDefaultNode(){this.attachDefaultNode()}updateDefaultNode(e){let{errorMessage:t,invalid:i}=this,r=!!(i&&t&&t.trim()!=="");e&&(e.textContent=r?t:"",e.hidden=!r,r&&ys(t,{mode:"assertive"})),super.updateDefaultNode(e)}};var oe=class extends X{constructor(e){super(e,"helper",null)}setHelperText(e){this.helperText=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}restoreDefaultNode(){let{helperText:e}=this;if(e&&e.trim()!==""){this.tagName="div";let t=this.attachDefaultNode();this.observeNode(t)}}updateDefaultNode(e){e&&(e.textContent=this.helperText),super.updateDefaultNode(e)}initCustomNode(e){super.initCustomNode(e),this.observeNode(e)}};var Mo=s=>class extends s{static get properties(){return{invalid:{type:Boolean,reflectToAttribute:!0,notify:!0,value:!1,sync:!0},manualValidation:{type:Boolean,value:!1},required:{type:Boolean,reflectToAttribute:!0,sync:!0}}}validate(){let e=this.checkValidity();return this._setInvalid(!e),this.dispatchEvent(new CustomEvent("validated",{detail:{valid:e}})),e}checkValidity(){return!this.required||!!this.value}_setInvalid(e){this._shouldSetInvalid(e)&&(this.invalid=e)}_shouldSetInvalid(e){return!0}_requestValidation(){this.manualValidation||this.validate()}},Ct=b(Mo);var J=s=>class extends Ct(te(s)){static get properties(){return{ariaTarget:{type:Object},errorMessage:{type:String},helperText:{type:String},accessibleName:{type:String},accessibleNameRef:{type:String},accessibleDescriptionRef:{type:String}}}constructor(){super(),this._labelController.addEventListener("slot-content-changed",t=>{this.#t(t)}),this._helperController=new oe(this),this._helperController.addEventListener("slot-content-changed",t=>{this.#e(t)}),this._errorController=new re(this),this._errorController.addEventListener("slot-content-changed",t=>{this.#i(t)}),this._fieldAriaController=new ie(this)}get _errorNode(){return this._errorController.node}get _helperNode(){return this._helperController.node}ready(){super.ready(),this.addController(this._fieldAriaController),this.addController(this._helperController),this.addController(this._errorController)}updated(t){super.updated(t),t.has("invalid")&&this._errorController.setInvalid(this.invalid),t.has("errorMessage")&&this._errorController.setErrorMessage(this.errorMessage),t.has("helperText")&&this._helperController.setHelperText(this.helperText),t.has("ariaTarget")&&this._fieldAriaController.setTarget(this.ariaTarget),t.has("required")&&this._fieldAriaController.setRequired(this.required),t.has("accessibleName")&&this.__updateFieldAriaControllerLabel(),(t.has("accessibleName")||t.has("accessibleNameRef"))&&this.__updateFieldAriaControllerLabelledBy(),t.has("accessibleDescriptionRef")&&this.__updateFieldAriaControllerDescribedBy()}__updateFieldAriaControllerLabel(){this._fieldAriaController.setLabel(this.accessibleName)}__updateFieldAriaControllerLabelledBy(){let t=null;this.accessibleNameRef?t=this.accessibleNameRef:this.hasAttribute("has-label")&&!this.accessibleName&&(t=this._labelNode?.id),this._fieldAriaController.setLabelledBy(t)}__updateFieldAriaControllerDescribedBy(){this._fieldAriaController.setDescribedBy(this.accessibleDescriptionRef)}#t(t){this.__updateFieldAriaControllerLabelledBy()}#e(t){let{hasContent:i}=t.detail;this.toggleAttribute("has-helper",i),i?this._fieldAriaController.setHelperId(this._helperNode?.id):this._fieldAriaController.setHelperId(null)}#i(t){this.toggleAttribute("has-error-message",t.detail.hasContent),setTimeout(()=>{this.invalid?this._fieldAriaController.setErrorId(this._errorNode?.id):this._fieldAriaController.setErrorId(null)})}};var Cs=s=>class extends J(V(O(B(s)))){static get properties(){return{name:{type:String,observer:"__nameChanged",sync:!0},value:{type:String,notify:!0,value:"",sync:!0,observer:"__valueChanged"},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0,observer:"__readonlyChanged"},_fieldName:{type:String}}}constructor(){super(),this.__registerRadioButton=this.__registerRadioButton.bind(this),this.__unregisterRadioButton=this.__unregisterRadioButton.bind(this),this.__onRadioButtonCheckedChange=this.__onRadioButtonCheckedChange.bind(this),this._tooltipController=new T(this),this._tooltipController.addEventListener("tooltip-changed",t=>{if(t.detail.node?.isConnected){let r=this.__radioButtons.map(o=>o.inputElement);this._tooltipController.setAriaTarget(r)}else this._tooltipController.setAriaTarget([])})}get __radioButtons(){return this.__filterRadioButtons([...this.children])}get __selectedRadioButton(){return this.__radioButtons.find(t=>t.checked)}get isHorizontalRTL(){return this.__isRTL&&this._theme!=="vertical"}ready(){super.ready(),this.ariaTarget=this,this.setAttribute("role","radiogroup"),this._fieldName=`${this.localName}-${xt()}`;let t=this.shadowRoot.querySelector("slot:not([name])");this._observer=new Y(t,({addedNodes:i,removedNodes:r})=>{this.__filterRadioButtons(i).reverse().forEach(this.__registerRadioButton),this.__filterRadioButtons(r).forEach(this.__unregisterRadioButton);let o=this.__radioButtons.map(n=>n.inputElement);this._tooltipController.setAriaTarget(o)}),this.addController(this._tooltipController)}updated(t){super.updated(t),t.has("invalid")&&I(this,"aria-invalid",this.invalid)}__filterRadioButtons(t){return t.filter(i=>i instanceof yt)}_onKeyDown(t){super._onKeyDown(t);let i=t.composedPath().find(r=>r instanceof yt);["ArrowLeft","ArrowUp"].includes(t.key)&&(t.preventDefault(),this.__selectNextRadioButton(i)),["ArrowRight","ArrowDown"].includes(t.key)&&(t.preventDefault(),this.__selectPrevRadioButton(i))}__nameChanged(t){this.__radioButtons.forEach(i=>{i.name=t||this._fieldName})}__selectNextRadioButton(t){let i=this.__radioButtons.indexOf(t);this.__selectIncRadioButton(i,this.isHorizontalRTL?1:-1)}__selectPrevRadioButton(t){let i=this.__radioButtons.indexOf(t);this.__selectIncRadioButton(i,this.isHorizontalRTL?-1:1)}__selectIncRadioButton(t,i){let r=(this.__radioButtons.length+t+i)%this.__radioButtons.length,o=this.__radioButtons[r];o.disabled?this.__selectIncRadioButton(r,i):(o.focusElement.focus(),o.focusElement.click())}__registerRadioButton(t){t.name=this.name||this._fieldName,t.addEventListener("checked-changed",this.__onRadioButtonCheckedChange),(this.disabled||this.readonly)&&(t.disabled=!0),t.checked&&this.__selectRadioButton(t)}__unregisterRadioButton(t){t.removeEventListener("checked-changed",this.__onRadioButtonCheckedChange),t.value===this.value&&this.__selectRadioButton(null)}__onRadioButtonCheckedChange(t){t.target.checked&&this.__selectRadioButton(t.target)}__valueChanged(t,i){if(!(i===void 0&&t==="")){if(t){let r=this.__radioButtons.find(o=>o.value===t);r?(this.__selectRadioButton(r),this.toggleAttribute("has-value",!0)):console.warn(`The radio button with the value "${t}" was not found.`)}else this.__selectRadioButton(null),this.removeAttribute("has-value");i!==void 0&&this._requestValidation()}}__readonlyChanged(t,i){!t&&i===void 0||i!==t&&this.__updateRadioButtonsDisabledProperty()}_disabledChanged(t,i){super._disabledChanged(t,i),!(!t&&i===void 0)&&i!==t&&this.__updateRadioButtonsDisabledProperty()}_shouldRemoveFocus(t){return!this.contains(t.relatedTarget)}_setFocused(t){super._setFocused(t),!t&&document.hasFocus()&&this._requestValidation()}__selectRadioButton(t){t?this.value=t.value:this.value="",this.__radioButtons.forEach(i=>{i.checked=i===t}),this.readonly&&this.__updateRadioButtonsDisabledProperty()}__updateRadioButtonsDisabledProperty(){this.__radioButtons.forEach(t=>{this.readonly?t.disabled=t!==this.__selectedRadioButton:t.disabled=this.disabled})}};var ni=class extends Cs(A(C(v(y(f))))){static get is(){return"vaadin-radio-group"}static get styles(){return xs}render(){return m`
      <div class="vaadin-group-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div part="group-field">
          <slot></slot>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <slot name="tooltip"></slot>
    `}};_(ni);var Oo=p`
  [part='checkbox'] {
    color: var(--vaadin-checkbox-checkmark-color, var(--_marker-color));
  }

  [part='checkbox']::after {
    inset: 0;
    mask: var(--_vaadin-icon-checkmark) 50% /
      var(--vaadin-checkbox-checkmark-size, var(--vaadin-checkbox-marker-size, 100%)) no-repeat;
    filter: var(--vaadin-checkbox-checkmark-color, var(--_marker-filter));
  }

  :host([indeterminate]) [part='checkbox']::after {
    mask-image: var(--_vaadin-icon-minus);
  }
`,ws=[$,Gt("checkbox"),Oo];var Is=s=>class extends bt(J(Jt(gt(vt(s))))){static get properties(){return{name:{type:String,value:""},readonly:{type:Boolean,value:!1,reflectToAttribute:!0}}}static get observers(){return["__readonlyChanged(readonly, inputElement)"]}static get delegateAttrs(){return[...super.delegateAttrs,"name","invalid","required"]}constructor(){super(),this._setType("checkbox"),this._boundOnInputClick=this._onInputClick.bind(this),this.value="on",this.tabindex=0}get slotStyles(){return[`
          ${this.localName} > input[slot='input'] {
            opacity: 0;
          }
        `]}ready(){super.ready(),this.addController(new D(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new N(this.inputElement,this._labelController)),this._createPropertyObserver("checked","_checkedChanged")}updated(t){super.updated(t),t.has("required")&&this.required===!1&&this._requestValidation()}_shouldSetActive(t){let[i]=t.composedPath(),r=i===this.inputElement||i.part.contains("required-indicator")||this._labelNode.contains(i)&&!i.closest("a");return this.readonly||!r?!1:super._shouldSetActive(t)}_addInputListeners(t){super._addInputListeners(t),t.addEventListener("click",this._boundOnInputClick)}_removeInputListeners(t){super._removeInputListeners(t),t.removeEventListener("click",this._boundOnInputClick)}_onInputClick(t){this.readonly&&t.preventDefault()}__readonlyChanged(t,i){i&&I(i,"aria-readonly",t)}checkValidity(){return!this.required||!!this.checked}_setFocused(t){super._setFocused(t),!t&&document.hasFocus()&&this._requestValidation()}_checkedChanged(t,i){(t||i)&&this._requestValidation()}_onRequiredIndicatorClick(){this._labelNode.click()}};var Ot=class extends Is(A(C(v(y(f))))){static get is(){return"vaadin-checkbox"}static get styles(){return ws}static get properties(){return{indeterminate:{type:Boolean,notify:!0,value:!1,reflectToAttribute:!0}}}static get delegateProps(){return[...super.delegateProps,"indeterminate"]}render(){return m`
      <div class="vaadin-checkbox-container">
        <div part="checkbox" aria-hidden="true"></div>
        <slot name="input"></slot>
        <div part="label">
          <slot name="label"></slot>
          <div part="required-indicator" @click="${this._onRequiredIndicatorClick}"></div>
        </div>
        <div part="helper-text">
          <slot name="helper"></slot>
        </div>
        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this._tooltipController=new T(this),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}_toggleChecked(e){this.indeterminate&&(this.indeterminate=!1),super._toggleChecked(e)}};_(Ot);var Ss=[$,ee];var Es=s=>class extends J(V(O(s))){static get properties(){return{value:{type:Array,value:()=>[],notify:!0,sync:!0,observer:"__valueChanged"},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,observer:"__readonlyChanged"}}}constructor(){super(),this.__registerCheckbox=this.__registerCheckbox.bind(this),this.__unregisterCheckbox=this.__unregisterCheckbox.bind(this),this.__onCheckboxCheckedChanged=this.__onCheckboxCheckedChanged.bind(this),this._tooltipController=new T(this),this._tooltipController.addEventListener("tooltip-changed",t=>{if(t.detail.node?.isConnected){let r=this.__checkboxes.map(o=>o.inputElement);this._tooltipController.setAriaTarget(r)}else this._tooltipController.setAriaTarget([])})}get __checkboxes(){return this.__filterCheckboxes([...this.children])}ready(){super.ready(),this.ariaTarget=this,this.setAttribute("role","group");let t=this.shadowRoot.querySelector("slot:not([name])");this._observer=new Y(t,({addedNodes:i,removedNodes:r})=>{let o=this.__filterCheckboxes(i),n=this.__filterCheckboxes(r);o.forEach(this.__registerCheckbox),n.forEach(this.__unregisterCheckbox);let a=this.__checkboxes.map(l=>l.inputElement);this._tooltipController.setAriaTarget(a),this.__warnOfCheckboxesWithoutValue(o)}),this.addController(this._tooltipController)}checkValidity(){return!this.required||!!(this.value&&this.value.length>0)}__filterCheckboxes(t){return t.filter(i=>i instanceof Ot)}__warnOfCheckboxesWithoutValue(t){t.some(r=>{let{value:o}=r;return!r.hasAttribute("value")&&(!o||o==="on")})&&console.warn("Please provide the value attribute to all the checkboxes inside the checkbox group.")}__registerCheckbox(t){t.addEventListener("checked-changed",this.__onCheckboxCheckedChanged),this.disabled&&(t.disabled=!0),this.readonly&&(t.readonly=!0),t.checked?this.__addCheckboxToValue(t.value):this.value&&this.value.includes(t.value)&&(t.checked=!0)}__unregisterCheckbox(t){t.removeEventListener("checked-changed",this.__onCheckboxCheckedChanged),t.checked&&this.__removeCheckboxFromValue(t.value)}_disabledChanged(t,i){super._disabledChanged(t,i),!(!t&&i===void 0)&&i!==t&&this.__checkboxes.forEach(r=>{r.disabled=t})}__addCheckboxToValue(t){this.value?this.value.includes(t)||(this.value=[...this.value,t]):this.value=[t]}__removeCheckboxFromValue(t){this.value&&this.value.includes(t)&&(this.value=this.value.filter(i=>i!==t))}__onCheckboxCheckedChanged(t){let i=t.target;i.checked?this.__addCheckboxToValue(i.value):this.__removeCheckboxFromValue(i.value)}__valueChanged(t,i){t?.length===0&&i===void 0||(this.toggleAttribute("has-value",t?.length>0),this.__checkboxes.forEach(r=>{r.checked=t?.includes(r.value)}),i!==void 0&&this._requestValidation())}__readonlyChanged(t,i){(t||i)&&this.__checkboxes.forEach(r=>{r.readonly=t})}_shouldRemoveFocus(t){return!this.contains(t.relatedTarget)}_setFocused(t){super._setFocused(t),!t&&document.hasFocus()&&this._requestValidation()}};var ai=class extends Es(A(C(v(y(f))))){static get is(){return"vaadin-checkbox-group"}static get styles(){return Ss}render(){return m`
      <div class="vaadin-group-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div part="group-field">
          <slot></slot>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <slot name="tooltip"></slot>
    `}};_(ai);var ks=p`
  :host {
    display: flex;
    align-items: center;
    --_radius: var(--vaadin-input-field-border-radius, var(--vaadin-radius-m));
    border-radius:
      /* See https://developer.mozilla.org/en-US/docs/Web/CSS/border-radius */
      var(--vaadin-input-field-top-start-radius, var(--_radius))
      var(--vaadin-input-field-top-end-radius, var(--_radius))
      var(--vaadin-input-field-bottom-end-radius, var(--_radius))
      var(--vaadin-input-field-bottom-start-radius, var(--_radius));
    border: var(--vaadin-input-field-border-width, 1px) solid
      var(--vaadin-input-field-border-color, var(--vaadin-border-color));
    box-sizing: border-box;
    cursor: text;
    padding: var(
      --vaadin-input-field-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    gap: var(--vaadin-input-field-gap, var(--vaadin-gap-s));
    background: var(--vaadin-input-field-background, var(--vaadin-background-color));
    color: var(--vaadin-input-field-value-color, var(--vaadin-text-color));
    font-size: var(--vaadin-input-field-value-font-size, inherit);
    line-height: var(--vaadin-input-field-value-line-height, inherit);
    font-weight: var(--vaadin-input-field-value-font-weight, 400);
  }

  :host([dir='rtl']) {
    --_radius: var(--vaadin-input-field-border-radius, var(--vaadin-radius-m));
    border-radius:
      /* Don't use logical props, see https://github.com/vaadin/vaadin-time-picker/issues/145 */
      var(--vaadin-input-field-top-end-radius, var(--_radius))
      var(--vaadin-input-field-top-start-radius, var(--_radius))
      var(--vaadin-input-field-bottom-start-radius, var(--_radius))
      var(--vaadin-input-field-bottom-end-radius, var(--_radius));
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Reset the native input styles */
  ::slotted(:is(input, textarea)) {
    appearance: none;
    align-self: stretch;
    box-sizing: border-box;
    flex: auto;
    white-space: nowrap;
    overflow: hidden;
    width: 100%;
    height: auto;
    outline: none;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    min-width: 0;
    font: inherit;
    font-size: 1em;
    color: inherit;
    background: transparent;
    cursor: inherit;
    text-align: inherit;
    caret-color: var(--vaadin-input-field-value-color);
  }

  ::slotted(*) {
    flex: none;
  }

  slot[name$='fix'] {
    cursor: auto;
  }

  ::slotted(:is(input, textarea))::placeholder {
    /* Use ::slotted(:is(input, textarea):placeholder-shown) to style the placeholder */
    /* because ::slotted(...)::placeholder does not work in Safari. */
    font: inherit;
    color: inherit;
  }

  ::slotted(:is(input, textarea):placeholder-shown) {
    color: var(--vaadin-input-field-placeholder-color, var(--vaadin-text-color-secondary));
  }

  :host(:focus-within) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-input-field-border-width, 1px) * -1);
  }

  :host([invalid]) {
    --vaadin-input-field-border-color: var(--vaadin-input-field-error-color, var(--vaadin-text-color));
  }

  :host([readonly]) {
    border-style: dashed;
  }

  :host([readonly]:focus-within) {
    outline-style: dashed;
    --vaadin-input-field-border-color: transparent;
  }

  :host([disabled]) {
    --vaadin-input-field-value-color: var(--vaadin-input-field-disabled-text-color, var(--vaadin-text-color-disabled));
    --vaadin-input-field-background: var(
      --vaadin-input-field-disabled-background,
      var(--vaadin-background-container-strong)
    );
    --vaadin-input-field-border-color: transparent;
  }

  :host([theme~='align-start']) slot:not([name])::slotted(*) {
    text-align: start;
  }

  :host([theme~='align-center']) slot:not([name])::slotted(*) {
    text-align: center;
  }

  :host([theme~='align-end']) slot:not([name])::slotted(*) {
    text-align: end;
  }

  :host([theme~='align-left']) slot:not([name])::slotted(*) {
    text-align: left;
  }

  :host([theme~='align-right']) slot:not([name])::slotted(*) {
    text-align: right;
  }

  @media (forced-colors: active) {
    :host {
      --vaadin-input-field-background: Field;
      --vaadin-input-field-value-color: FieldText;
      --vaadin-input-field-placeholder-color: GrayText;
    }

    :host([disabled]) {
      --vaadin-input-field-value-color: GrayText;
      --vaadin-icon-color: GrayText;
    }
  }
`;var li=class extends C(q(v(y(f)))){static get is(){return"vaadin-input-container"}static get styles(){return ks}static get properties(){return{disabled:{type:Boolean,reflectToAttribute:!0},readonly:{type:Boolean,reflectToAttribute:!0},invalid:{type:Boolean,reflectToAttribute:!0}}}render(){return m`
      <slot name="prefix"></slot>
      <slot></slot>
      <slot name="suffix"></slot>
    `}ready(){super.ready(),this.addEventListener("pointerdown",e=>{e.target===this&&e.preventDefault()}),this.addEventListener("click",e=>{e.target===this&&this.shadowRoot.querySelector("slot:not([name])").assignedNodes({flatten:!0}).forEach(t=>t.focus&&t.focus())})}};_(li);var As=p`
  :host {
    align-items: center;
    border-radius: var(--vaadin-item-border-radius, var(--vaadin-radius-m));
    box-sizing: border-box;
    cursor: var(--vaadin-clickable-cursor);
    display: flex;
    column-gap: var(--vaadin-item-gap, var(--vaadin-gap-s));
    height: var(--vaadin-item-height, auto);
    padding: var(--vaadin-item-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    -webkit-tap-highlight-color: transparent;
  }

  :host([focus-ring]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) / -1);
  }

  :host([disabled]) {
    cursor: var(--vaadin-disabled-cursor);
    opacity: 0.5;
    pointer-events: var(--_vaadin-item-disabled-pointer-events, none);
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='checkmark'] {
    color: var(--vaadin-item-checkmark-color, inherit);
    display: var(--vaadin-item-checkmark-display, none);
    visibility: hidden;
  }

  [part='checkmark']::before {
    content: '';
    display: block;
    background: currentColor;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-checkmark) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  :host([selected]) [part='checkmark'] {
    visibility: visible;
  }

  [part='content'] {
    flex: 1;
    display: flex;
    align-items: center;
    column-gap: inherit;
    justify-content: var(--vaadin-item-text-align, start);
  }

  @media (forced-colors: active) {
    [part='checkmark']::before {
      background: CanvasText;
    }
  }
`;var Ts=p`
  :host([focused]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) / -1);
  }
`;var Ps=s=>class extends s{static get properties(){return{index:{type:Number},item:{type:Object},label:{type:String},selected:{type:Boolean,value:!1,reflectToAttribute:!0},focused:{type:Boolean,value:!1,reflectToAttribute:!0},renderer:{type:Function}}}static get observers(){return["__rendererOrItemChanged(renderer, index, item, selected, focused)","__updateLabel(label, renderer)"]}static get observedAttributes(){return[...super.observedAttributes,"hidden"]}attributeChangedCallback(t,i,r){t==="hidden"&&r!==null?this.index=void 0:super.attributeChangedCallback(t,i,r)}connectedCallback(){super.connectedCallback(),this._owner=this.parentNode.owner;let t=this._getHostDir();t&&this.setAttribute("dir",t)}_getHostDir(){return this._owner&&this._owner.$.overlay.getAttribute("dir")}requestContentUpdate(){if(!this.renderer||this.hidden)return;let t={index:this.index,item:this.item,focused:this.focused,selected:this.selected};this.renderer(this,this._owner,t)}__rendererOrItemChanged(t,i,r){r===void 0||i===void 0||(this._oldRenderer!==t&&(this.innerHTML="",delete this._$litPart$,this._oldRenderer=t),t&&this.requestContentUpdate())}__updateLabel(t,i){i||(this.textContent=t)}};var di=class extends Ps(C(q(v(y(f))))){static get is(){return"vaadin-combo-box-item"}static get styles(){return[As,Ts]}render(){return m`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}};_(di);var Ms=[{name:"--vaadin-overlay-animation-duration",syntax:"<time>",initialValue:"0s"},{name:"--vaadin-overlay-animation-delay",syntax:"<time>",initialValue:"0s"},{name:"--vaadin-overlay-animation-timing-function",syntax:"*",initialValue:"ease"},{name:"--vaadin-overlay-opacity-closed",syntax:"<number>",initialValue:"0"},{name:"--vaadin-overlay-translate-closed",syntax:"<length>+ | <percentage>+",initialValue:"0px"},{name:"--vaadin-overlay-scale-closed",syntax:"<number> | <percentage>",initialValue:"1"},{name:"--vaadin-overlay-transform-closed",syntax:"*"}];Ms.forEach(s=>{mt({inherits:!1,...s})});var Lo=h(Ms.map(({name:s})=>`${s}: inherit;`).join(`
`)),Os=p`
  :host,
  [part='overlay'],
  [part='backdrop'] {
    ${Lo}
  }

  :host(:where([opening], [closing])) {
    /* This empty animation only reports the state, the parts run the visible animation */
    animation-name: --no-op;
    animation-duration: var(--vaadin-overlay-animation-duration);
    animation-delay: var(--vaadin-overlay-animation-delay);
  }

  :host(:where([closing])) [part='overlay'],
  :host(:where([closing])) ::slotted(*) {
    pointer-events: none !important;
  }

  :host(:where([opening], [closing])) :is([part='overlay'], [part='backdrop']) {
    animation-name: --fade, --transform;
    animation-duration: var(--vaadin-overlay-animation-duration);
    animation-timing-function: var(--vaadin-overlay-animation-timing-function);
    animation-delay: var(--vaadin-overlay-animation-delay);
    /* Fill backwards only, so the closed value applies during the delay without overriding theme styles */
    animation-fill-mode: backwards;

    @media (prefers-reduced-motion) {
      animation-name: --fade;
    }
  }

  :host(:where([opening], [closing])) [part='backdrop'] {
    animation-name: --fade;
    animation-timing-function: linear;
    --vaadin-overlay-opacity-closed: 0;
  }

  :host(:where([closing])) :is([part='overlay'], [part='backdrop']) {
    animation-direction: reverse;
    animation-fill-mode: both;
  }

  @keyframes --no-op {
  }

  /* Only the closed state is declared, so the animations end at the value the part already has */
  @keyframes --transform {
    0% {
      transform: var(--vaadin-overlay-transform-closed);
      translate: var(--vaadin-overlay-translate-closed);
      scale: var(--vaadin-overlay-scale-closed);
    }
  }

  @keyframes --fade {
    0% {
      opacity: var(--vaadin-overlay-opacity-closed);
    }
  }
`;var $o=p`
  :host {
    z-index: 200;
    position: fixed;

    /* Despite of what the names say, <vaadin-overlay> is just a container
          for position/sizing/alignment. The actual overlay is the overlay part. */

    /* Default position constraints. Themes can
          override this to adjust the gap between the overlay and the viewport. */
    inset: max(env(safe-area-inset-top, 0px), var(--vaadin-overlay-viewport-inset, 8px))
      max(env(safe-area-inset-right, 0px), var(--vaadin-overlay-viewport-inset, 8px))
      max(env(safe-area-inset-bottom, 0px), var(--vaadin-overlay-viewport-bottom))
      max(env(safe-area-inset-left, 0px), var(--vaadin-overlay-viewport-inset, 8px));

    /* Override native [popover] user agent styles */
    width: auto;
    height: auto;
    border: none;
    padding: 0;
    background-color: transparent;
    overflow: visible;

    /* Use flexbox alignment for the overlay part. */
    display: flex;
    flex-direction: column; /* makes dropdowns sizing easier */
    /* Align to center by default. */
    align-items: center;
    justify-content: center;

    /* Allow centering when max-width/max-height applies. */
    margin: auto;

    /* The host is not clickable, only the overlay part is. */
    pointer-events: none;

    /* Remove tap highlight on touch devices. */
    -webkit-tap-highlight-color: transparent;

    /* CSS API for host */
    --vaadin-overlay-viewport-bottom: 8px;
  }

  :host([hidden]),
  :host(:not([opened]):not([closing])),
  :host(:not([opened]):not([closing])) [part='overlay'] {
    display: none !important;
  }

  :host([suppressed]) [part='overlay'],
  :host([suppressed]) ::slotted(*) {
    pointer-events: none !important;
  }

  [part='overlay'] {
    color: var(--vaadin-overlay-text-color, var(--vaadin-text-color));
    background: var(--vaadin-overlay-background, var(--vaadin-background-color));
    border: var(--vaadin-overlay-border-width, 1px) solid
      var(--vaadin-overlay-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-overlay-border-radius, var(--vaadin-radius-m));
    box-shadow: var(--vaadin-overlay-shadow, 0 8px 24px -4px rgba(0, 0, 0, 0.3));
    box-sizing: border-box;
    max-width: 100%;
    overflow: auto;
    overscroll-behavior: contain;
    pointer-events: auto;
    -webkit-tap-highlight-color: initial;

    /* CSS reset for font styles */
    font: initial;
    letter-spacing: initial;
    text-align: initial;
    text-decoration: initial;
    text-indent: initial;
    text-transform: initial;
    user-select: text;
    white-space: initial;
    word-spacing: initial;

    /* Inherit font-family */
    font-family: inherit;
  }

  [part='backdrop'] {
    background: var(--vaadin-overlay-backdrop-background, rgba(0, 0, 0, 0.2));
    content: '';
    inset: 0;
    pointer-events: auto;
    position: fixed;
    z-index: -1;
  }

  [part='overlay']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  @media (forced-colors: active) {
    [part='overlay'] {
      border: 3px solid !important;
    }
  }
`,Ls=[$o,Os];var ne=s=>s.test(navigator.userAgent),hi=s=>s.test(navigator.platform),Bo=s=>s.test(navigator.vendor),uc=ne(/Android/u),pc=ne(/Chrome/u)&&Bo(/Google Inc/u),fc=ne(/Firefox/u),Vo=hi(/^iPad/u)||hi(/^Mac/u)&&navigator.maxTouchPoints>1,Do=hi(/^iPhone/u),$s=Do||Vo,Bs=ne(/^((?!chrome|android).)*safari/iu),Lt=(()=>{try{return document.createEvent("TouchEvent"),!0}catch{return!1}})();var ae=class{saveFocus(e){this.focusNode=e||Mt()}restoreFocus(e){let t=this.focusNode;if(!t)return;let i={preventScroll:e?e.preventScroll:!1,focusVisible:e?e.focusVisible:!1};Mt()===document.body?setTimeout(()=>t.focus(i)):t.focus(i),this.focusNode=null}};var ci=[];var le=class{trapNode=null;constructor(e){this.host=e}get#t(){return Yt(this.trapNode)}get#e(){let e=this.#t;return e.indexOf(e.filter(G).pop())}hostConnected(){document.addEventListener("keydown",this.#i)}hostDisconnected(){document.removeEventListener("keydown",this.#i)}trapFocus(e){if(this.trapNode=e,this.#t.length===0)throw this.trapNode=null,new Error("The trap node should have at least one focusable descendant or be focusable itself.");ci.push(this),this.#e===-1&&this.#t[0].focus({focusVisible:j()})}releaseFocus(){this.trapNode=null,ci.pop()}#i=e=>{if(this.trapNode&&this===Array.from(ci).pop()&&e.key==="Tab"){if(e.defaultPrevented)return;e.preventDefault();let t=e.shiftKey;this.#s(t)}};#s(e=!1){let t=this.#t,i=e?-1:1,r=this.#e,o=(t.length+r+i)%t.length,n=t[o];n.focus({focusVisible:!0}),n.localName==="input"&&n.select()}};var Vs=s=>class extends s{static get properties(){return{focusTrap:{type:Boolean,value:!1},autofocus:{type:Boolean,value:!1},restoreFocusOnClose:{type:Boolean,value:!1},restoreFocusNode:{type:HTMLElement}}}constructor(){super(),this.__focusTrapController=new le(this),this.__focusRestorationController=new ae}get _contentRoot(){return this}ready(){super.ready(),this.addController(this.__focusTrapController),this.addController(this.__focusRestorationController)}get _focusRoot(){return this.$.overlay}_resetFocus(){if(this.focusTrap&&this.__focusTrapController.releaseFocus(),this.restoreFocusOnClose&&this._shouldRestoreFocus()){let t=j(),i=!t;this.__focusRestorationController.restoreFocus({preventScroll:i,focusVisible:t})}}_saveFocus(){this.restoreFocusOnClose&&this.__focusRestorationController.saveFocus(this.restoreFocusNode)}_initFocus(){if(!vs(this._focusRoot)){if(this.autofocus){let t=Yt(this._focusRoot);t.some(G)||t[0]?.focus({focusVisible:j()})}this.focusTrap&&this.__focusTrapController.trapFocus(this._focusRoot)}}_shouldRestoreFocus(){let t=Mt();return t===document.body||this._deepContains(t)}_deepContains(t){if(this._contentRoot.contains(t))return!0;let i=t,r=t.ownerDocument;for(;i&&i!==r&&i!==this._contentRoot;)i=i.parentNode||i.host;return i===this._contentRoot}};var de=new Set,he=()=>[...de].filter(s=>!s.hasAttribute("closing")),No=s=>{let e=he(),t=e.indexOf(s);return t===-1?[]:e.slice(t+1)},zo=(s,e)=>s._deepContains(e),Ds=(s,e=t=>!0)=>{let t=he().filter(e);return s===t.pop()},Ns=s=>class extends s{get _last(){return Ds(this)}get _isAttached(){return de.has(this)}bringToFront(){if(Ds(this))return;let t=No(this),i=t.filter(r=>r._hasOverlayPositionMixin&&zo(this,r));i.length!==t.length&&[this,...i].forEach(r=>{r.matches(":popover-open")&&(r.hidePopover(),r.showPopover()),r._removeAttachedInstance(),r._appendAttachedInstance()})}_enterModalState(){document.body.style.pointerEvents!=="none"&&(this._previousDocumentPointerEvents=document.body.style.pointerEvents,document.body.style.pointerEvents="none"),he().forEach(t=>{t!==this&&t.toggleAttribute("suppressed",!0)})}_exitModalState(){this._previousDocumentPointerEvents!==void 0&&(document.body.style.pointerEvents=this._previousDocumentPointerEvents,delete this._previousDocumentPointerEvents);let t=he(),i;for(;(i=t.pop())&&!(i!==this&&(i.toggleAttribute("suppressed",!1),!i.modeless)););}_appendAttachedInstance(){de.add(this)}_removeAttachedInstance(){this._isAttached&&de.delete(this)}};function zs(s,e){let t=null,i,r=document.documentElement;function o(){i&&clearTimeout(i),t?.disconnect(),t=null}function n(a=!1,l=1){o();let{left:d,top:c,width:u,height:w}=s.getBoundingClientRect();if(a||e(),!u||!w)return;let k=Math.floor(c),dt=Math.floor(r.clientWidth-(d+u)),_r=Math.floor(r.clientHeight-(c+w)),vr=Math.floor(d),gr={rootMargin:`${-k}px ${-dt}px ${-_r}px ${-vr}px`,threshold:Math.max(0,Math.min(1,l))||1},wi=!0;function br(xr){let ve=xr[0].intersectionRatio;if(ve!==l){if(!wi)return n();ve?n(!1,ve):i=setTimeout(()=>{n(!1,1e-7)},1e3)}wi=!1}t=new IntersectionObserver(br,gr),t.observe(s)}return n(!0),o}function Rs(s){return s.getAnimations().filter(e=>e instanceof CSSAnimation&&e.effect.getComputedTiming().activeDuration>0)}function S(s,e,t){let i=[s];s.owner&&i.push(s.owner),typeof t=="string"?i.forEach(r=>{r.setAttribute(e,t)}):t?i.forEach(r=>{r.setAttribute(e,"")}):i.forEach(r=>{r.removeAttribute(e)})}var Fs=s=>class extends Vs(Ns(s)){static get properties(){return{opened:{type:Boolean,notify:!0,observer:"_openedChanged",reflectToAttribute:!0,sync:!0},owner:{type:Object,sync:!0},model:{type:Object,sync:!0},renderer:{type:Object,sync:!0},modeless:{type:Boolean,value:!1,reflectToAttribute:!0,observer:"_modelessChanged",sync:!0},hidden:{type:Boolean,reflectToAttribute:!0,observer:"_hiddenChanged",sync:!0},withBackdrop:{type:Boolean,value:!1,reflectToAttribute:!0,observer:"_withBackdropChanged",sync:!0}}}static get observers(){return["_rendererOrDataChanged(renderer, owner, model, opened)"]}get _rendererRoot(){return this}constructor(){super(),this._boundMouseDownListener=this._mouseDownListener.bind(this),this._boundMouseUpListener=this._mouseUpListener.bind(this),this._boundOutsideClickListener=this._outsideClickListener.bind(this),this._boundKeydownListener=this._keydownListener.bind(this),$s&&(this._boundIosResizeListener=()=>this._detectIosNavbar())}firstUpdated(){super.firstUpdated(),this.popover="manual",this.addEventListener("click",()=>{}),this.$.backdrop&&this.$.backdrop.addEventListener("click",()=>{})}connectedCallback(){super.connectedCallback(),this._boundIosResizeListener&&(this._detectIosNavbar(),window.addEventListener("resize",this._boundIosResizeListener)),this.opened&&this._attachOverlay()}disconnectedCallback(){super.disconnectedCallback(),this.__scheduledOpen&&(cancelAnimationFrame(this.__scheduledOpen),this.__scheduledOpen=null),this._boundIosResizeListener&&window.removeEventListener("resize",this._boundIosResizeListener)}requestContentUpdate(){this.renderer&&this.renderer.call(this.owner,this._rendererRoot,this.owner,this.model)}close(t){let i=new CustomEvent("vaadin-overlay-close",{bubbles:!0,cancelable:!0,detail:{overlay:this,sourceEvent:t}});this.dispatchEvent(i),document.body.dispatchEvent(i),i.defaultPrevented||(this.opened=!1)}setBounds(t,i=!0){let r=this.$.overlay,o={...t};i&&r.style.position!=="absolute"&&(r.style.position="absolute"),Object.keys(o).forEach(n=>{o[n]!==null&&!isNaN(o[n])&&(o[n]=`${o[n]}px`)}),Object.assign(r.style,o)}_detectIosNavbar(){if(!this.opened)return;let t=window.innerHeight,r=window.innerWidth>t,o=document.documentElement.clientHeight;r&&o>t?this.style.setProperty("--vaadin-overlay-viewport-bottom",`${o-t}px`):this.style.setProperty("--vaadin-overlay-viewport-bottom","0px")}_shouldAddGlobalListeners(){return!this.modeless}_addGlobalListeners(){this.__hasGlobalListeners||(this.__hasGlobalListeners=!0,document.addEventListener("mousedown",this._boundMouseDownListener),document.addEventListener("mouseup",this._boundMouseUpListener),document.documentElement.addEventListener("click",this._boundOutsideClickListener,!0))}_removeGlobalListeners(){this.__hasGlobalListeners&&(this.__hasGlobalListeners=!1,document.removeEventListener("mousedown",this._boundMouseDownListener),document.removeEventListener("mouseup",this._boundMouseUpListener),document.documentElement.removeEventListener("click",this._boundOutsideClickListener,!0))}_rendererOrDataChanged(t,i,r,o){let n=this._oldOwner!==i||this._oldModel!==r;this._oldModel=r,this._oldOwner=i;let a=this._oldRenderer!==t,l=this._oldRenderer!==void 0;this._oldRenderer=t;let d=this._oldOpened!==o;this._oldOpened=o,a&&l&&(this._rendererRoot.innerHTML="",delete this._rendererRoot._$litPart$),o&&t&&(a||d||n)&&this.requestContentUpdate()}_modelessChanged(t){this.opened&&(this._shouldAddGlobalListeners()?this._addGlobalListeners():this._removeGlobalListeners()),t?this._exitModalState():this.opened&&this._enterModalState(),S(this,"modeless",t)}_withBackdropChanged(t){S(this,"with-backdrop",t)}_openedChanged(t,i){if(t){if(!this.isConnected){this.opened=!1;return}this._saveFocus(),this._animatedOpening(),this.__scheduledOpen=requestAnimationFrame(()=>{setTimeout(()=>{this._initFocus();let r=new CustomEvent("vaadin-overlay-open",{detail:{overlay:this},bubbles:!0});this.dispatchEvent(r),document.body.dispatchEvent(r)})}),document.addEventListener("keydown",this._boundKeydownListener),this._shouldAddGlobalListeners()&&this._addGlobalListeners()}else i&&(this.__scheduledOpen&&(cancelAnimationFrame(this.__scheduledOpen),this.__scheduledOpen=null),this._resetFocus(),this._animatedClosing(),document.removeEventListener("keydown",this._boundKeydownListener),this._shouldAddGlobalListeners()&&this._removeGlobalListeners())}_hiddenChanged(t){t&&this.hasAttribute("closing")&&this._flushAnimation("closing")}_enqueueAnimation(t,i){let r=Rs(this);if(r.length===0){i();return}let o=`__${t}Handler`,n=()=>{this[o]===n&&(delete this[o],i())};this[o]=n,Promise.all(r.map(a=>a.finished)).then(n,n)}_flushAnimation(t){let i=`__${t}Handler`;typeof this[i]=="function"&&this[i]()}_animatedOpening(){this._isAttached&&this.hasAttribute("closing")&&this._flushAnimation("closing"),this._attachOverlay(),this._appendAttachedInstance(),this.modeless||this._enterModalState(),S(this,"opening",!0),this._enqueueAnimation("opening",()=>{this._finishOpening()})}_attachOverlay(){this.matches(":popover-open")||this.showPopover()}_finishOpening(){S(this,"opening",!1)}_finishClosing(){this._detachOverlay(),this._removeAttachedInstance(),this.toggleAttribute("suppressed",!1),S(this,"closing",!1),this.dispatchEvent(new CustomEvent("vaadin-overlay-closed"))}_animatedClosing(){this.hasAttribute("opening")&&this._flushAnimation("opening"),this._isAttached&&(this._exitModalState(),S(this,"closing",!0),this.dispatchEvent(new CustomEvent("vaadin-overlay-closing")),this._enqueueAnimation("closing",()=>{this._finishClosing()}))}_detachOverlay(){this.hidePopover()}_mouseDownListener(t){this._mouseDownInside=t.composedPath().indexOf(this.$.overlay)>=0}_mouseUpListener(t){this._mouseUpInside=t.composedPath().indexOf(this.$.overlay)>=0}_shouldCloseOnOutsideClick(t){return this._last}_outsideClickListener(t){if(t.composedPath().includes(this.$.overlay)||this._mouseDownInside||this._mouseUpInside){this._mouseDownInside=!1,this._mouseUpInside=!1;return}if(!this._shouldCloseOnOutsideClick(t))return;let i=new CustomEvent("vaadin-overlay-outside-click",{cancelable:!0,detail:{sourceEvent:t}});this.dispatchEvent(i),this.opened&&!i.defaultPrevented&&(this.close(t),!this.opened&&!this.modeless&&t.preventDefault())}_keydownListener(t){if(!(!this._last||t.defaultPrevented)&&!(!this._shouldAddGlobalListeners()&&!t.composedPath().includes(this._focusRoot))&&t.key==="Escape"){let i=new CustomEvent("vaadin-overlay-escape-press",{cancelable:!0,detail:{sourceEvent:t}});this.dispatchEvent(i),this.opened&&!i.defaultPrevented&&this.close(t)}}};var Hs=p`
  @keyframes fade-in {
    0% {
      opacity: 0;
    }
  }

  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }

  [part='loader'] {
    animation:
      spin var(--vaadin-spinner-animation-duration, 0.7s) linear infinite,
      fade-in 0.15s 0.3s both;
    border: var(--vaadin-spinner-width, 2px) solid var(--vaadin-spinner-color, var(--vaadin-text-color));
    border-radius: 50%;
    box-sizing: border-box;
    height: var(--vaadin-spinner-size, 1lh);
    mask-image: radial-gradient(circle at 50% var(--vaadin-spinner-width, 2px), transparent 40%, #000 70%);
    pointer-events: none;
    width: var(--vaadin-spinner-size, 1lh);
  }

  :host(:not([loading])) [part~='loader'] {
    display: none;
  }

  @media (forced-colors: active) {
    [part='loader'] {
      forced-color-adjust: none;
      --vaadin-spinner-color: CanvasText;
    }
  }
`;var js=[Hs,p`
    :host {
      --vaadin-item-checkmark-display: block;
    }

    [part='overlay'] {
      position: relative;
      width: var(--vaadin-combo-box-overlay-width, var(--_vaadin-combo-box-overlay-default-width, auto));
    }

    [part='content'] {
      display: flex;
      flex-direction: column;
      height: 100%;
    }

    :host([loading]) [part='content'] {
      --_items-min-height: calc(var(--vaadin-icon-size, 1lh) + 4px);
    }

    [part='loader'] {
      position: absolute;
      inset: var(--vaadin-item-overlay-padding, 4px);
      inset-block-end: auto;
      inset-inline-start: auto;
      margin: 2px;
    }
  `];var ui={start:"top",end:"bottom"},pi={start:"left",end:"right"},Us=new ResizeObserver(s=>{setTimeout(()=>{s.forEach(e=>{e.target.__overlay&&e.target.__overlay._updatePosition()})})}),qs=s=>class extends s{static get properties(){return{positionTarget:{type:Object,value:null,sync:!0},horizontalAlign:{type:String,value:"start",sync:!0},verticalAlign:{type:String,value:"top",sync:!0},noHorizontalOverlap:{type:Boolean,value:!1,sync:!0},noVerticalOverlap:{type:Boolean,value:!1,sync:!0},requiredVerticalSpace:{type:Number,value:0,sync:!0}}}constructor(){super(),this._hasOverlayPositionMixin=!0,this.__onScroll=this.__onScroll.bind(this),this._updatePosition=this._updatePosition.bind(this)}connectedCallback(){super.connectedCallback(),this.opened&&this.__addUpdatePositionEventListeners()}disconnectedCallback(){super.disconnectedCallback(),this.__removeUpdatePositionEventListeners()}updated(t){if(super.updated(t),t.has("positionTarget")){let r=t.get("positionTarget");this.__oldContentWidth=void 0,this.__oldContentHeight=void 0,(!this.positionTarget&&r||this.positionTarget&&!r&&this.__margins)&&this.__resetPosition()}(t.has("opened")||t.has("positionTarget"))&&this.__updatePositionSettings(this.opened,this.positionTarget),["horizontalAlign","verticalAlign","noHorizontalOverlap","noVerticalOverlap","requiredVerticalSpace"].some(r=>t.has(r))&&this._updatePosition()}__addUpdatePositionEventListeners(){window.visualViewport.addEventListener("resize",this._updatePosition),window.visualViewport.addEventListener("scroll",this.__onScroll,!0),this.__positionTargetAncestorRootNodes=cs(this.positionTarget),this.__positionTargetAncestorRootNodes.forEach(t=>{t.addEventListener("scroll",this.__onScroll,!0)}),this.positionTarget&&(this.__observePositionTargetMove=zs(this.positionTarget,()=>{this._updatePosition()}))}__removeUpdatePositionEventListeners(){window.visualViewport.removeEventListener("resize",this._updatePosition),window.visualViewport.removeEventListener("scroll",this.__onScroll,!0),this.__positionTargetAncestorRootNodes&&(this.__positionTargetAncestorRootNodes.forEach(t=>{t.removeEventListener("scroll",this.__onScroll,!0)}),this.__positionTargetAncestorRootNodes=null),this.__observePositionTargetMove&&(this.__observePositionTargetMove(),this.__observePositionTargetMove=null)}__updatePositionSettings(t,i){if(this.__removeUpdatePositionEventListeners(),i&&(i.__overlay=null,Us.unobserve(i),t&&(this.__addUpdatePositionEventListeners(),i.__overlay=this,Us.observe(i))),t){let r=getComputedStyle(this);this.__margins||(this.__margins={},["top","bottom","left","right"].forEach(o=>{this.__margins[o]=parseInt(r[o],10)})),this._updatePosition(),requestAnimationFrame(()=>this._updatePosition())}}__onScroll(t){t.target instanceof Node&&this._deepContains(t.target)||this._updatePosition()}__resetPosition(){this.__margins=null,Object.assign(this.style,{justifyContent:"",alignItems:"",top:"",bottom:"",left:"",right:""}),S(this,"bottom-aligned",!1),S(this,"top-aligned",!1),S(this,"end-aligned",!1),S(this,"start-aligned",!1)}_updatePosition(){if(!this.positionTarget||!this.opened||!this.__margins)return;let t=this.positionTarget.getBoundingClientRect();if(t.width===0&&t.height===0&&this.opened){this.opened=!1;return}let i=this.__shouldAlignStartVertically(t);this.style.justifyContent=i?"flex-start":"flex-end";let r=this.__isRTL,o=this.__shouldAlignStartHorizontally(t,r),n=!r&&o||r&&!o;this.style.alignItems=n?"flex-start":"flex-end";let a=this.getBoundingClientRect(),l=this.__calculatePositionInOneDimension(t,a,this.noVerticalOverlap,ui,this,i),d=this.__calculatePositionInOneDimension(t,a,this.noHorizontalOverlap,pi,this,o);Object.assign(this.style,l,d),S(this,"bottom-aligned",!i),S(this,"top-aligned",i),S(this,"end-aligned",!n),S(this,"start-aligned",n)}__shouldAlignStartHorizontally(t,i){let r=Math.max(this.__oldContentWidth||0,this.$.overlay.offsetWidth);this.__oldContentWidth=this.$.overlay.offsetWidth;let o=Math.min(window.innerWidth,document.documentElement.clientWidth),n=!i&&this.horizontalAlign==="start"||i&&this.horizontalAlign==="end";return this.__shouldAlignStart(t,r,o,this.__margins,n,this.noHorizontalOverlap,pi)}__shouldAlignStartVertically(t){let i=this.requiredVerticalSpace||Math.max(this.__oldContentHeight||0,this.$.overlay.offsetHeight);this.__oldContentHeight=this.$.overlay.offsetHeight;let r=Math.min(window.innerHeight,document.documentElement.clientHeight),o=this.verticalAlign==="top";return this.__shouldAlignStart(t,i,r,this.__margins,o,this.noVerticalOverlap,ui)}__shouldAlignStart(t,i,r,o,n,a,l){let d=r-t[a?l.end:l.start]-o[l.end],c=t[a?l.start:l.end]-o[l.start],u=n?d:c,k=u>(n?c:d)||u>i;return n===k}__adjustBottomProperty(t,i,r){let o;if(t===i.end){if(i.end===ui.end){let n=Math.min(window.innerHeight,document.documentElement.clientHeight);if(r>n&&this.__oldViewportHeight){let a=this.__oldViewportHeight-n;o=r-a}this.__oldViewportHeight=n}if(i.end===pi.end){let n=Math.min(window.innerWidth,document.documentElement.clientWidth);if(r>n&&this.__oldViewportWidth){let a=this.__oldViewportWidth-n;o=r-a}this.__oldViewportWidth=n}}return o}__calculatePositionInOneDimension(t,i,r,o,n,a){let l=a?o.start:o.end,d=a?o.end:o.start,c=parseFloat(n.style[l]||getComputedStyle(n)[l]),u=this.__adjustBottomProperty(l,o,c),w=i[a?o.start:o.end]-t[r===a?o.end:o.start],k=u?`${u}px`:`${c+w*(a?-1:1)}px`;return{[l]:k,[d]:""}}};var Ws=s=>class extends qs(s){constructor(){super(),this.requiredVerticalSpace=200}willUpdate(t){super.willUpdate(t),(t.has("opened")||t.has("positionTarget"))&&this.opened&&this.positionTarget&&this._updateOverlayWidth()}_shouldCloseOnOutsideClick(t){let i=t.composedPath();return!i.includes(this.positionTarget)&&!i.includes(this)}_mouseDownListener(t){super._mouseDownListener(t),this._shouldCloseOnOutsideClick(t)&&!ri(t.composedPath()[0])&&t.preventDefault()}_updateOverlayWidth(){this.style.setProperty(`--_${this.localName}-default-width`,`${this.positionTarget.offsetWidth}px`)}};var fi=class extends Ws(Fs(q(C(v(y(f)))))){static get is(){return"vaadin-combo-box-overlay"}static get styles(){return[Ls,js]}render(){return m`
      <div part="overlay" id="overlay">
        <div part="loader"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}};_(fi);var Gs=p`
  :host {
    /* Fixes scrollbar disappearing when 'Show scroll bars: Always' enabled in Safari */
    box-shadow: 0 0 0 white;
    display: block;
    min-height: 1px;
    overflow: auto;
    /* Fixes item background from getting on top of scrollbars on Safari */
    transform: translate3d(0, 0, 0);
  }

  #selector {
    border: 0 solid transparent;
    border-width: var(--vaadin-item-overlay-padding, 4px);
    position: relative;
    forced-color-adjust: none;
    min-height: var(--_items-min-height, auto);
  }

  #selector > * {
    forced-color-adjust: auto;
  }
`;var Ks=navigator.userAgent.match(/iP(?:hone|ad;(?: U;)? CPU) OS (\d+)/u),Ro=Ks&&Ks[1]>=8,Ys=3,Zs={_ratio:.5,_scrollerPaddingTop:0,_scrollPosition:0,_physicalSize:0,_physicalAverage:0,_physicalAverageCount:0,_physicalTop:0,_virtualCount:0,_estScrollHeight:0,_scrollHeight:0,_viewportHeight:0,_viewportWidth:0,_physicalItems:null,_physicalSizes:null,_firstVisibleIndexVal:null,_lastVisibleIndexVal:null,_maxPages:2,_templateCost:0,get _physicalBottom(){return this._physicalTop+this._physicalSize},get _scrollBottom(){return this._scrollPosition+this._viewportHeight},get _virtualEnd(){return this._virtualStart+this._physicalCount-1},get _hiddenContentSize(){return this._physicalSize-this._viewportHeight},get _maxScrollTop(){return this._estScrollHeight-this._viewportHeight+this._scrollOffset},get _maxVirtualStart(){let s=this._virtualCount;return Math.max(0,s-this._physicalCount)},get _virtualStart(){return this._virtualStartVal||0},set _virtualStart(s){s=this._clamp(s,0,this._maxVirtualStart),this._virtualStartVal=s},get _physicalStart(){return this._physicalStartVal||0},set _physicalStart(s){s%=this._physicalCount,s<0&&(s=this._physicalCount+s),this._physicalStartVal=s},get _physicalEnd(){return(this._physicalStart+this._physicalCount-1)%this._physicalCount},get _physicalCount(){return this._physicalCountVal||0},set _physicalCount(s){this._physicalCountVal=s},get _optPhysicalSize(){return this._viewportHeight===0?1/0:this._viewportHeight*this._maxPages},get _isVisible(){return!!(this.offsetWidth||this.offsetHeight)},get firstVisibleIndex(){let s=this._firstVisibleIndexVal;if(s==null){let e=this._physicalTop+this._scrollOffset;s=this._iterateItems((t,i)=>{if(e+=this._getPhysicalSizeIncrement(t),e>this._scrollPosition)return i})||0,this._firstVisibleIndexVal=s}return s},get lastVisibleIndex(){let s=this._lastVisibleIndexVal;if(s==null){let e=this._physicalTop+this._scrollOffset;this._iterateItems((t,i)=>{e<this._scrollBottom&&(s=i),e+=this._getPhysicalSizeIncrement(t)}),this._lastVisibleIndexVal=s}return s},get _scrollOffset(){return this._scrollerPaddingTop+this.scrollOffset},_scrollHandler(){let s=Math.max(0,Math.min(this._maxScrollTop,this._scrollTop)),e=s-this._scrollPosition,t=e>=0;if(this._scrollPosition=s,this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,Math.abs(e)>this._physicalSize&&this._physicalSize>0){e-=this._scrollOffset;let i=Math.round(e/this._physicalAverage);this._virtualStart+=i,this._physicalStart+=i,this._physicalTop=Math.min(Math.floor(this._virtualStart)*this._physicalAverage,this._scrollPosition),this._update()}else if(this._physicalCount>0){let i=this._getReusables(t);t?(this._physicalTop=i.physicalTop,this._virtualStart+=i.indexes.length,this._physicalStart+=i.indexes.length):(this._virtualStart-=i.indexes.length,this._physicalStart-=i.indexes.length),this._update(i.indexes,t?null:i.indexes),this._debounce("_increasePoolIfNeeded",this._increasePoolIfNeeded.bind(this,0),rt)}},_getReusables(s){let e,t,i,r=[],o=this._hiddenContentSize*this._ratio,n=this._virtualStart,a=this._virtualEnd,l=this._physicalCount,d=this._physicalTop+this._scrollOffset,c=this._physicalBottom+this._scrollOffset,u=this._scrollPosition,w=this._scrollBottom;for(s?(e=this._physicalStart,t=u-d):(e=this._physicalEnd,t=c-w);i=this._getPhysicalSizeIncrement(e),t-=i,!(r.length>=l||t<=o);)if(s){if(a+r.length+1>=this._virtualCount||d+i>=u-this._scrollOffset)break;r.push(e),d+=i,e=(e+1)%l}else{if(n-r.length<=0||d+this._physicalSize-i<=w)break;r.push(e),d-=i,e=e===0?l-1:e-1}return{indexes:r,physicalTop:d-this._scrollOffset}},_update(s,e){if(!(s&&s.length===0||this._physicalCount===0)){if(this._assignModels(s),this._updateMetrics(s),e)for(;e.length;){let t=e.pop();this._physicalTop-=this._getPhysicalSizeIncrement(t)}this._positionItems(),this._updateScrollerSize()}},_isClientFull(){return this._scrollBottom!==0&&this._physicalBottom-1>=this._scrollBottom&&this._physicalTop<=this._scrollPosition},_increasePoolIfNeeded(s){let t=this._clamp(this._physicalCount+s,Ys,this._virtualCount-this._virtualStart)-this._physicalCount,i=Math.round(this._physicalCount*.5);if(!(t<0)){if(t>0){let r=window.performance.now();[].push.apply(this._physicalItems,this._createPool(t));for(let o=0;o<t;o++)this._physicalSizes.push(0);this._physicalCount+=t,this._physicalStart>this._physicalEnd&&this._isIndexRendered(this._focusedVirtualIndex)&&this._getPhysicalIndex(this._focusedVirtualIndex)<this._physicalEnd&&(this._physicalStart+=t),this._update(),this._templateCost=(window.performance.now()-r)/t,i=Math.round(this._physicalCount*.5)}this._virtualEnd>=this._virtualCount-1||i===0||(this._isClientFull()?this._physicalSize<this._optPhysicalSize&&this._debounce("_increasePoolIfNeeded",this._increasePoolIfNeeded.bind(this,this._clamp(Math.round(50/this._templateCost),1,i)),Ht):this._debounce("_increasePoolIfNeeded",this._increasePoolIfNeeded.bind(this,i),rt))}},_render(){if(!(!this.isAttached||!this._isVisible))if(this._physicalCount!==0){let s=this._getReusables(!0);this._physicalTop=s.physicalTop,this._virtualStart+=s.indexes.length,this._physicalStart+=s.indexes.length,this._update(s.indexes),this._update(),this._increasePoolIfNeeded(0)}else this._virtualCount>0&&(this.updateViewportBoundaries(),this._increasePoolIfNeeded(Ys))},_itemsChanged(s){s.path==="items"&&(this._virtualStart=0,this._physicalTop=0,this._virtualCount=this.items?this.items.length:0,this._physicalIndexForKey={},this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,this._physicalItems||(this._physicalItems=[]),this._physicalSizes||(this._physicalSizes=[]),this._physicalStart=0,this._scrollTop>this._scrollOffset&&this._resetScrollPosition(0),this._debounce("_render",this._render,st))},_iterateItems(s,e){let t,i,r,o;if(arguments.length===2&&e){for(o=0;o<e.length;o++)if(t=e[o],i=this._computeVidx(t),(r=s.call(this,t,i))!=null)return r}else{for(t=this._physicalStart,i=this._virtualStart;t<this._physicalCount;t++,i++)if((r=s.call(this,t,i))!=null)return r;for(t=0;t<this._physicalStart;t++,i++)if((r=s.call(this,t,i))!=null)return r}},_computeVidx(s){return s>=this._physicalStart?this._virtualStart+(s-this._physicalStart):this._virtualStart+(this._physicalCount-this._physicalStart)+s},_positionItems(){this._adjustScrollPosition();let s=this._physicalTop;this._iterateItems(e=>{this.translate3d(0,`${s}px`,0,this._physicalItems[e]),s+=this._physicalSizes[e]})},_getPhysicalSizeIncrement(s){return this._physicalSizes[s]},_adjustScrollPosition(){let s=this._virtualStart===0?this._physicalTop:Math.min(this._scrollPosition+this._physicalTop,0);if(s!==0){this._physicalTop-=s;let e=this._scrollPosition;!Ro&&e>0&&this._resetScrollPosition(e-s)}},_resetScrollPosition(s){this.scrollTarget&&s>=0&&(this._scrollTop=s,this._scrollPosition=this._scrollTop)},_updateScrollerSize(s){let e=this._physicalBottom+Math.max(this._virtualCount-this._physicalCount-this._virtualStart,0)*this._physicalAverage;this._estScrollHeight=e,(s||this._scrollHeight===0||this._scrollPosition>=e-this._physicalSize||Math.abs(e-this._scrollHeight)>=this._viewportHeight)&&(this.$.items.style.height=`${e}px`,this._scrollHeight=e)},scrollToIndex(s){if(typeof s!="number"||s<0||s>this.items.length-1||(ot(),this._physicalCount===0))return;s=this._clamp(s,0,this._virtualCount-1),(!this._isIndexRendered(s)||s>=this._maxVirtualStart)&&(this._virtualStart=s-1),this._assignModels(),this._updateMetrics(),this._physicalTop=this._virtualStart*this._physicalAverage;let e=this._physicalStart,t=this._virtualStart,i=0,r=this._hiddenContentSize;for(;t<s&&i<=r;)i+=this._getPhysicalSizeIncrement(e),e=(e+1)%this._physicalCount,t+=1;this._updateScrollerSize(!0),this._positionItems(),this._resetScrollPosition(this._physicalTop+this._scrollOffset+i),this._increasePoolIfNeeded(0),this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null},_resetAverage(){this._physicalAverage=0,this._physicalAverageCount=0},_resizeHandler(){this._debounce("_render",()=>{this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,this._isVisible?(this.updateViewportBoundaries(),this.toggleScrollListener(!0),this._resetAverage(),this._render()):this.toggleScrollListener(!1)},st)},_isIndexRendered(s){return s>=this._virtualStart&&s<=this._virtualEnd},_getPhysicalIndex(s){return(this._physicalStart+(s-this._virtualStart))%this._physicalCount},_clamp(s,e,t){return Math.min(t,Math.max(e,s))},_debounce(s,e,t){this._debouncers||(this._debouncers={}),this._debouncers[s]=E.debounce(this._debouncers[s],t,e.bind(this)),jt(this._debouncers[s])}};var Fo=1e5,mi=1e3,$t=class{constructor({createElements:e,updateElement:t,scrollTarget:i,scrollContainer:r,reorderElements:o,elementsContainer:n,__disableHeightPlaceholder:a}){this.isAttached=!0,this._vidxOffset=0,this.createElements=e,this.updateElement=t,this.scrollTarget=i,this.scrollContainer=r,this.reorderElements=o,this.elementsContainer=n||r,this.__disableHeightPlaceholder=a??!1,this._maxPages=1.3,this.__placeholderHeight=200,this.__elementHeightQueue=Array(10),this.timeouts={SCROLL_REORDER:500,PREVENT_OVERSCROLL:500,FIX_INVALID_ITEM_POSITIONING:100},this.__resizeObserver=new ResizeObserver(()=>this._resizeHandler()),getComputedStyle(this.scrollTarget).overflow==="visible"&&(this.scrollTarget.style.overflow="auto"),getComputedStyle(this.scrollContainer).position==="static"&&(this.scrollContainer.style.position="relative"),this.__resizeObserver.observe(this.scrollTarget),this.scrollTarget.addEventListener("scroll",()=>this._scrollHandler()),new ResizeObserver(([{contentRect:d}])=>{let c=d.width===0&&d.height===0;!c&&this.__scrollTargetHidden&&this.scrollTarget.scrollTop!==this._scrollPosition&&(this.scrollTarget.scrollTop=this._scrollPosition),this.__scrollTargetHidden=c}).observe(this.scrollTarget),this.elementsContainer.addEventListener("focusin",()=>this.__onElementFocused()),this.reorderElements&&(this.scrollTarget.addEventListener("mousedown",d=>{d.target===this.scrollTarget&&(this.__mouseDown=!0)}),this.scrollTarget.addEventListener("mouseup",()=>{this.__mouseDown=!1,this.__pendingReorder&&this.__reorderElements()}))}get scrollOffset(){return 0}get adjustedFirstVisibleIndex(){return this.firstVisibleIndex+this._vidxOffset}get adjustedLastVisibleIndex(){return this.lastVisibleIndex+this._vidxOffset}get _maxVirtualIndexOffset(){return this.size-this._virtualCount}__hasPlaceholders(){return this.__getVisibleElements().some(e=>e.__virtualizerPlaceholder)}scrollToIndex(e){if(typeof e!="number"||isNaN(e)||this.size===0||!this.scrollTarget.offsetHeight)return;delete this.__pendingScrollToIndex,this._physicalCount<=3&&this.flush(),e=this._clamp(e,0,this.size-1);let t=this.__getVisibleElements().length,i=Math.floor(e/this.size*this._virtualCount);this._virtualCount-i<t?(i=this._virtualCount-(this.size-e),this._vidxOffset=this._maxVirtualIndexOffset):i<t?e<mi?(i=e,this._vidxOffset=0):(i=mi,this._vidxOffset=e-i):this._vidxOffset=e-i,this.__skipNextVirtualIndexAdjust=!0,super.scrollToIndex(i),this.adjustedFirstVisibleIndex!==e&&this._scrollTop<this._maxScrollTop&&(this._scrollTop-=this.__getIndexScrollOffset(e)||0),this._scrollHandler(),this.__hasPlaceholders()&&(this.__pendingScrollToIndex=e)}flush(){this.scrollTarget.offsetHeight!==0&&(this._resizeHandler(),ot(),this._scrollHandler(),this.__fixInvalidItemPositioningDebouncer&&this.__fixInvalidItemPositioningDebouncer.flush(),this.__scrollReorderDebouncer&&this.__scrollReorderDebouncer.flush())}hostConnected(){this.scrollTarget.offsetParent&&this.scrollTarget.scrollTop!==this._scrollPosition&&(this.scrollTarget.scrollTop=this._scrollPosition)}update(e=0,t=this.size-1){let i=[];this.__getVisibleElements().forEach(r=>{r.__virtualIndex>=e&&r.__virtualIndex<=t&&(this.__updateElement(r,r.__virtualIndex,!0),i.push(r))}),this.__afterElementsUpdated(i)}_updateMetrics(e){ot();let t=0,i=0,r=this._physicalAverageCount,o=this._physicalAverage;this._iterateItems((n,a)=>{i+=this._physicalSizes[n];let l=this._physicalSizes[n];this._physicalSizes[n]=Math.ceil(this.__getBorderBoxHeight(this._physicalItems[n])),this._physicalSizes[n]!==l&&(this.__resizeObserver.unobserve(this._physicalItems[n]),this.__resizeObserver.observe(this._physicalItems[n],{box:"border-box"})),t+=this._physicalSizes[n],this._physicalAverageCount+=this._physicalSizes[n]?1:0},e),this._physicalSize=this._physicalSize+t-i,this._physicalAverageCount!==r&&(this._physicalAverage=Math.round((o*r+t)/this._physicalAverageCount))}__getBorderBoxHeight(e){let t=getComputedStyle(e),i=parseFloat(t.height)||0;if(t.boxSizing==="border-box")return i;let r=parseFloat(t.paddingBottom)||0,o=parseFloat(t.paddingTop)||0,n=parseFloat(t.borderBottomWidth)||0,a=parseFloat(t.borderTopWidth)||0;return i+r+o+n+a}__updateElement(e,t,i){e.__virtualizerPlaceholder&&(e.style.paddingTop="",e.style.opacity="",e.__virtualizerPlaceholder=!1),!this.__preventElementUpdates&&(e.__lastUpdatedIndex!==t||i)&&(this.updateElement(e,t),e.__lastUpdatedIndex=t)}__afterElementsUpdated(e){this.__disableHeightPlaceholder||e.forEach(t=>{let i=t.offsetHeight;if(i===0)t.style.paddingTop=`${this.__placeholderHeight}px`,t.style.opacity="0",t.__virtualizerPlaceholder=!0,this.__placeholderClearDebouncer=E.debounce(this.__placeholderClearDebouncer,st,()=>this._resizeHandler());else{this.__elementHeightQueue.push(i),this.__elementHeightQueue.shift();let r=this.__elementHeightQueue.filter(o=>o!==void 0);this.__placeholderHeight=Math.round(r.reduce((o,n)=>o+n,0)/r.length)}}),this.__pendingScrollToIndex!==void 0&&!this.__hasPlaceholders()&&this.scrollToIndex(this.__pendingScrollToIndex)}__getIndexScrollOffset(e){let t=this.__getVisibleElements().find(i=>i.__virtualIndex===e);return t?this.scrollTarget.getBoundingClientRect().top-t.getBoundingClientRect().top:void 0}__restoreScrollOffset(e,t){let i=this.__getIndexScrollOffset(e);t!==void 0&&i!==void 0&&(this._scrollTop+=t-i)}get size(){return this.__size}set size(e){if(e===this.size)return;this.__fixInvalidItemPositioningDebouncer&&this.__fixInvalidItemPositioningDebouncer.cancel(),this._debouncers&&this._debouncers._increasePoolIfNeeded&&this._debouncers._increasePoolIfNeeded.cancel();let t=e>0&&this._scrollTop>0,i,r;t&&(i=this.adjustedFirstVisibleIndex,r=this.__getIndexScrollOffset(i)),this.__size=e,this.__preventElementUpdates=t,this._itemsChanged({path:"items"}),ot(),t&&(i=Math.min(i,e-1),this.scrollToIndex(i),this.__restoreScrollOffset(i,r)),this.__preventElementUpdates=!1,this._isVisible||this._assignModels(),this.elementsContainer.children.length||requestAnimationFrame(()=>this._resizeHandler()),this._updateScrollerSize(!0),this._resizeHandler(),ot(),this._debounce("_update",this._update,rt)}get _scrollTop(){return this.scrollTarget.scrollTop}set _scrollTop(e){this.scrollTarget.scrollTop=e}get items(){return{length:Math.min(this.size,Fo)}}get offsetHeight(){return this.scrollTarget.offsetHeight}get $(){return{items:this.scrollContainer}}updateViewportBoundaries(){this._scrollerPaddingTop=parseInt(window.getComputedStyle(this.scrollTarget)["padding-top"],10),this._viewportHeight=this.scrollTarget.offsetHeight}_createPool(e){let t=this.createElements(e),i=document.createDocumentFragment();return t.forEach(r=>{r.style.position="absolute",i.appendChild(r),this.__resizeObserver.observe(r,{box:"border-box"})}),this.elementsContainer.appendChild(i),t}_assignModels(e){let t=[];this._iterateItems((i,r)=>{let o=this._physicalItems[i];o.hidden=r>=this.size,o.hidden?delete o.__lastUpdatedIndex:(o.__virtualIndex=r+(this._vidxOffset||0),this.__updateElement(o,o.__virtualIndex),t.push(o))},e),this.__afterElementsUpdated(t)}_isClientFull(){return setTimeout(()=>{this.__clientFull=!0}),this.__clientFull||super._isClientFull()}translate3d(e,t,i,r){r.style.transform=`translateY(${t})`}toggleScrollListener(){}__getFocusedElement(){return this.__getVisibleElements().find(e=>e.matches(":focus-within"))}__nextFocusableSiblingMissing(e,t){return t.indexOf(e)===t.length-1&&this.size>e.__virtualIndex+1}__previousFocusableSiblingMissing(e,t){return t.indexOf(e)===0&&e.__virtualIndex>0}__onElementFocused(){if(!this.reorderElements)return;let e=this.__getFocusedElement();if(!e)return;let t=this.__getVisibleElements();(this.__previousFocusableSiblingMissing(e,t)||this.__nextFocusableSiblingMissing(e,t))&&this.flush();let i=this.__getVisibleElements();this.__nextFocusableSiblingMissing(e,i)?(this._scrollTop+=Math.ceil(e.getBoundingClientRect().bottom)-Math.floor(this.scrollTarget.getBoundingClientRect().bottom-1),this.flush()):this.__previousFocusableSiblingMissing(e,i)&&(this._scrollTop-=Math.ceil(this.scrollTarget.getBoundingClientRect().top+1)-Math.floor(e.getBoundingClientRect().top),this.flush())}_scrollHandler(){if(this.scrollTarget.offsetHeight===0)return;this._adjustVirtualIndexOffset(this._scrollTop-this._scrollPosition);let e=this._scrollTop-this._scrollPosition;if(super._scrollHandler(),this._physicalCount!==0){let t=e>=0,i=this._getReusables(!t);i.indexes.length&&(this._physicalTop=i.physicalTop,t?(this._virtualStart-=i.indexes.length,this._physicalStart-=i.indexes.length):(this._virtualStart+=i.indexes.length,this._physicalStart+=i.indexes.length),this._resizeHandler())}e&&(this.__fixInvalidItemPositioningDebouncer=E.debounce(this.__fixInvalidItemPositioningDebouncer,ft.after(this.timeouts.FIX_INVALID_ITEM_POSITIONING),()=>this.__fixInvalidItemPositioning()),this.__overscrollDebouncer?.isActive()||(this.scrollTarget.style.overscrollBehavior="none"),this.__overscrollDebouncer=E.debounce(this.__overscrollDebouncer,ft.after(this.timeouts.PREVENT_OVERSCROLL),()=>{this.scrollTarget.style.overscrollBehavior=null})),this.reorderElements&&(this.__scrollReorderDebouncer=E.debounce(this.__scrollReorderDebouncer,ft.after(this.timeouts.SCROLL_REORDER),()=>this.__reorderElements())),this._scrollPosition===0&&this.firstVisibleIndex!==0&&Math.abs(e)>0&&this.scrollToIndex(0)}_resizeHandler(){super._resizeHandler();let e=this.adjustedLastVisibleIndex===this.size-1,t=this._physicalTop-this._scrollPosition;if(e&&t>0){let i=Math.ceil(t/this._physicalAverage);this._virtualStart=Math.max(0,this._virtualStart-i),this._physicalStart=Math.max(0,this._physicalStart-i),super.scrollToIndex(this._virtualCount-1),this.scrollTarget.scrollTop=this.scrollTarget.scrollHeight-this.scrollTarget.clientHeight}}__fixInvalidItemPositioning(){if(!this.scrollTarget.isConnected)return;let e=this._physicalTop>this._scrollTop,t=this._physicalBottom<this._scrollBottom,i=this.adjustedFirstVisibleIndex===0,r=this.adjustedLastVisibleIndex===this.size-1;if(e&&!i||t&&!r){let o=t,n=this._ratio;this._ratio=0,this._scrollPosition=this._scrollTop+(o?-1:1),this._scrollHandler(),this._ratio=n}}_increasePoolIfNeeded(e){if(this._physicalCount>2&&this._physicalAverage>0&&e>0){let i=Math.ceil(this._optPhysicalSize/this._physicalAverage)-this._physicalCount;super._increasePoolIfNeeded(Math.max(e,Math.min(100,i)))}else super._increasePoolIfNeeded(e)}get _optPhysicalSize(){let e=super._optPhysicalSize;return e<=0||this.__hasPlaceholders()?e:e+this.__getItemHeightBuffer()}__getItemHeightBuffer(){if(this._physicalCount===0)return 0;let e=Math.ceil(this._viewportHeight*(this._maxPages-1)/2),t=Math.max(...this._physicalSizes);return t>Math.min(...this._physicalSizes)?Math.max(0,t-e):0}__getVisibleElements(){return Array.from(this.elementsContainer.children).filter(e=>!e.hidden)}__reorderElements(){if(this.__mouseDown){this.__pendingReorder=!0;return}this.__pendingReorder=!1;let e=this._virtualStart+(this._vidxOffset||0),t=this.__getVisibleElements(),i=this.__getFocusedElement()||t[0];if(!i)return;let r=i.__virtualIndex-e,o=t.indexOf(i)-r;if(o>0)for(let n=0;n<o;n++)this.elementsContainer.appendChild(t[n]);else if(o<0)for(let n=t.length+o;n<t.length;n++)this.elementsContainer.insertBefore(t[n],t[0]);if(Bs){let{transform:n}=this.scrollTarget.style;this.scrollTarget.style.transform="translateZ(0)",setTimeout(()=>{this.scrollTarget.style.transform=n})}}_adjustVirtualIndexOffset(e){let t=this._maxVirtualIndexOffset;if(this._virtualCount>=this.size)this._vidxOffset=0;else if(this.__skipNextVirtualIndexAdjust)this.__skipNextVirtualIndexAdjust=!1;else if(Math.abs(e)>1e4){let i=this._scrollTop/(this.scrollTarget.scrollHeight-this.scrollTarget.clientHeight);this._vidxOffset=Math.round(i*t)}else{let i=this._vidxOffset,r=mi,o=100,n,a,l=()=>{n=this.adjustedFirstVisibleIndex,a=this.__getIndexScrollOffset(n)};this._scrollTop===0?i!==0&&(l(),this._vidxOffset=0,super.scrollToIndex(0)):this.firstVisibleIndex<r&&this._vidxOffset>0&&(l(),this._vidxOffset-=Math.min(this._vidxOffset,o),super.scrollToIndex(this.firstVisibleIndex+(i-this._vidxOffset))),this._scrollTop>=this._maxScrollTop&&this._maxScrollTop>0?i!==t&&(l(),this._vidxOffset=t,super.scrollToIndex(this._virtualCount-1)):this.firstVisibleIndex>this._virtualCount-r&&this._vidxOffset<t&&(l(),this._vidxOffset+=Math.min(t-this._vidxOffset,o),super.scrollToIndex(this.firstVisibleIndex-(this._vidxOffset-i))),n!==void 0&&this.__restoreScrollOffset(n,a)}}};Object.setPrototypeOf($t.prototype,Zs);var ce=class{constructor(e){this.__adapter=new $t(e)}get firstVisibleIndex(){return this.__adapter.adjustedFirstVisibleIndex}get lastVisibleIndex(){return this.__adapter.adjustedLastVisibleIndex}get size(){return this.__adapter.size}set size(e){this.__adapter.size=e}scrollToIndex(e){this.__adapter.scrollToIndex(e)}update(e=0,t=this.size-1){this.__adapter.update(e,t)}flush(){this.__adapter.flush()}hostConnected(){this.__adapter.hostConnected()}};var M=class{toString(){return""}};var Xs=s=>class extends s{static get properties(){return{items:{type:Array,sync:!0,observer:"__itemsChanged"},focusedIndex:{type:Number,sync:!0,observer:"__focusedIndexChanged"},loading:{type:Boolean,sync:!0,observer:"__loadingChanged"},opened:{type:Boolean,sync:!0,observer:"__openedChanged"},selectedItem:{type:Object,sync:!0,observer:"__selectedItemChanged"},itemClassNameGenerator:{type:Object,observer:"__itemClassNameGeneratorChanged"},owner:{type:Object},getItemLabel:{type:Object},renderer:{type:Object,sync:!0,observer:"__rendererChanged"},theme:{type:String}}}constructor(){super(),this.__boundOnItemClick=this.__onItemClick.bind(this)}get _viewportTotalPaddingBottom(){if(this._cachedViewportTotalPaddingBottom===void 0){let t=window.getComputedStyle(this.$.selector);this._cachedViewportTotalPaddingBottom=[t.paddingBottom,t.borderBottomWidth].map(i=>parseInt(i,10)).reduce((i,r)=>i+r)}return this._cachedViewportTotalPaddingBottom}ready(){super.ready(),this.setAttribute("role","listbox"),this.id=`${this.localName}-${xt()}`,this.__hostTagName=this.constructor.is.replace("-scroller",""),this.addEventListener("click",t=>t.stopPropagation()),this.__patchWheelOverScrolling()}requestContentUpdate(){this.__virtualizer&&(this.items&&(this.__virtualizer.size=this.items.length),this.opened&&this.__virtualizer.update())}scrollIntoView(t,i=!1){if(!this.__virtualizer||!(this.opened&&t>=0))return;let r=[...this.children].find(c=>!c.hidden&&c.index===t);if(!i&&r){let c=r.getBoundingClientRect(),u=this.getBoundingClientRect();if(c.top>=u.top&&c.bottom+this._viewportTotalPaddingBottom<=u.bottom)return}let o=t;if(!i){let c=this._visibleItemsCount();t>this.__virtualizer.lastVisibleIndex-1?(this.__virtualizer.scrollToIndex(t),o=t-c+1):t>this.__virtualizer.firstVisibleIndex&&(o=this.__virtualizer.firstVisibleIndex)}this.__virtualizer.scrollToIndex(Math.max(0,o)),this.__virtualizer.flush();let n=[...this.children].find(c=>!c.hidden&&c.index===t);if(!n)return;if(i){n.scrollIntoView({block:"center"});return}let a=n.getBoundingClientRect(),l=this.getBoundingClientRect(),d=a.bottom+this._viewportTotalPaddingBottom;d>l.bottom?this.scrollTop+=d-l.bottom:a.top<l.top&&(this.scrollTop-=l.top-a.top)}_isItemSelected(t,i){return t instanceof M?!1:this.owner._isSameItem(t,i)}__initVirtualizer(){this.__virtualizer=new ce({createElements:this.__createElements.bind(this),updateElement:this._updateElement.bind(this),elementsContainer:this,scrollTarget:this,scrollContainer:this.$.selector,reorderElements:!0,__disableHeightPlaceholder:!0})}__itemsChanged(t){t&&this.__virtualizer&&this.requestContentUpdate()}__loadingChanged(){this.requestContentUpdate()}__openedChanged(t){if(t){this.__virtualizer||this.__initVirtualizer(),this.requestContentUpdate();return}let i=this.__virtualizer&&this.__virtualizer.__adapter;i&&i._scrollPosition>0&&(this.scrollTop=0,i._scrollPosition=0)}__selectedItemChanged(){this.requestContentUpdate()}__itemClassNameGeneratorChanged(t,i){(t||i)&&this.requestContentUpdate()}__focusedIndexChanged(t,i){t!==i&&this.requestContentUpdate(),t>=0&&!this.loading&&this.scrollIntoView(t)}__rendererChanged(t,i){(t||i)&&this.requestContentUpdate()}__createElements(t){return[...Array(t)].map(()=>{let i=document.createElement(`${this.__hostTagName}-item`);return i.addEventListener("click",this.__boundOnItemClick),i.tabIndex="-1",i.style.width="100%",i})}_updateElement(t,i){let r=this.items[i],o=this.focusedIndex,n=this._isItemSelected(r,this.selectedItem);t.setProperties({item:r,index:i,label:this.getItemLabel(r),selected:n,renderer:this.renderer,focused:!this.loading&&o===i}),typeof this.itemClassNameGenerator=="function"?t.className=this.itemClassNameGenerator(r):t.className!==""&&(t.className=""),t.id=`${this.__hostTagName}-item-${i}`,t.setAttribute("role",i!==void 0?"option":!1),t.setAttribute("aria-selected",n.toString()),t.setAttribute("aria-posinset",i+1),t.setAttribute("aria-setsize",this.items.length),I(t,"theme",this.theme),r instanceof M&&this.__requestItemByIndex(i)}__onItemClick(t){this.dispatchEvent(new CustomEvent("selection-changed",{detail:{item:t.currentTarget.item}}))}__patchWheelOverScrolling(){this.$.selector.addEventListener("wheel",t=>{let i=this.scrollTop===0,r=this.scrollHeight-this.scrollTop-this.clientHeight<=1;(i&&t.deltaY<0||r&&t.deltaY>0)&&t.preventDefault()})}__requestItemByIndex(t){requestAnimationFrame(()=>{this.dispatchEvent(new CustomEvent("index-requested",{detail:{index:t}}))})}_visibleItemsCount(){return this.__virtualizer.scrollToIndex(this.__virtualizer.firstVisibleIndex),this.__virtualizer.size>0?this.__virtualizer.lastVisibleIndex-this.__virtualizer.firstVisibleIndex+1:0}};var _i=class extends Xs(v(f)){static get is(){return"vaadin-combo-box-scroller"}static get styles(){return Gs}render(){return m`
      <div id="selector">
        <slot></slot>
      </div>
    `}};_(_i);var Bt=s=>s??x;var Js=s=>class extends K(B(s)){static get properties(){return{clearButtonVisible:{type:Boolean,reflectToAttribute:!0,value:!1}}}get clearElement(){return console.warn(`Please implement the 'clearElement' property in <${this.localName}>`),null}ready(){super.ready(),this.clearElement&&(this.clearElement.addEventListener("mousedown",t=>this._onClearButtonMouseDown(t)),this.clearElement.addEventListener("click",t=>this._onClearButtonClick(t)))}_onClearButtonClick(t){t.preventDefault(),this._onClearAction()}_onClearButtonMouseDown(t){this._shouldKeepFocusOnClearMousedown()&&t.preventDefault(),Lt||this.inputElement.focus()}_onEscape(t){super._onEscape(t),this.clearButtonVisible&&this.value&&!this.readonly&&(t.stopPropagation(),this._onClearAction())}_onClearAction(){this._inputElementValue="",this.inputElement.dispatchEvent(new Event("input",{bubbles:!0,composed:!0})),this.inputElement.dispatchEvent(new Event("change",{bubbles:!0}))}_shouldKeepFocusOnClearMousedown(){return G(this.inputElement)}};var Ho=s=>class extends Xt(Ct(K(s))){static get constraints(){return["required"]}static get delegateAttrs(){return[...super.delegateAttrs,"required"]}ready(){super.ready(),this._createConstraintsObserver()}checkValidity(){return this.inputElement&&this._hasValidConstraints(this.constructor.constraints.map(t=>this[t]))?this.inputElement.checkValidity():!this.invalid}_hasValidConstraints(t){return t.some(i=>this.__isValidConstraint(i))}_createConstraintsObserver(){this._createMethodObserver(`_constraintsChanged(stateTarget, ${this.constructor.constraints.join(", ")})`)}_constraintsChanged(t,...i){if(!t)return;let r=this._hasValidConstraints(i),o=this.__previousHasConstraints&&!r;(this._hasValue||this.invalid)&&r?this._requestValidation():o&&!this.manualValidation&&this._setInvalid(!1),this.__previousHasConstraints=r}_onChange(t){t.stopPropagation(),this._requestValidation(),this.dispatchEvent(new CustomEvent("change",{detail:{sourceEvent:t},bubbles:t.bubbles,cancelable:t.cancelable}))}__isValidConstraint(t){return!!t||t===0}},ue=b(Ho);var pe=s=>class extends bt(gt(ue(J(Js(B(s)))))){static get properties(){return{allowedCharPattern:{type:String,observer:"_allowedCharPatternChanged"},autoselect:{type:Boolean,value:!1},name:{type:String,reflectToAttribute:!0},placeholder:{type:String,reflectToAttribute:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0},title:{type:String,reflectToAttribute:!0}}}static get delegateAttrs(){return[...super.delegateAttrs,"name","type","placeholder","readonly","invalid","title"]}constructor(){super(),this._boundOnPaste=this._onPaste.bind(this),this._boundOnDrop=this._onDrop.bind(this),this._boundOnBeforeInput=this._onBeforeInput.bind(this)}get slotStyles(){let t=this.localName;return[`
          /* Needed for Safari, where ::slotted(...)::placeholder does not work */
          ${t} > :is(input[slot='input'], textarea[slot='textarea'])::placeholder {
            font: inherit;
            color: inherit;
          }

          /* Override built-in autofill styles */
          ${t} > input[slot='input']:autofill {
            -webkit-text-fill-color: var(--vaadin-input-field-autofill-color, black) !important;
            background-clip: text !important;
          }

          ${t}:has(> input[slot='input']:autofill)::part(input-field) {
            --vaadin-input-field-background: var(--vaadin-input-field-autofill-background, lightyellow) !important;
            --vaadin-input-field-value-color: var(--vaadin-input-field-autofill-color, black) !important;
            --vaadin-input-field-button-text-color: var(--vaadin-input-field-autofill-color, black) !important;
          }
        `]}_onFocus(t){super._onFocus(t),this.autoselect&&this.inputElement&&this.inputElement.select()}_addInputListeners(t){super._addInputListeners(t),t.addEventListener("paste",this._boundOnPaste),t.addEventListener("drop",this._boundOnDrop),t.addEventListener("beforeinput",this._boundOnBeforeInput)}_removeInputListeners(t){super._removeInputListeners(t),t.removeEventListener("paste",this._boundOnPaste),t.removeEventListener("drop",this._boundOnDrop),t.removeEventListener("beforeinput",this._boundOnBeforeInput)}_onKeyDown(t){super._onKeyDown(t),this.allowedCharPattern&&!this.__shouldAcceptKey(t)&&t.target===this.inputElement&&(t.preventDefault(),this._markInputPrevented())}_markInputPrevented(){this.setAttribute("input-prevented",""),this._preventInputDebouncer=E.debounce(this._preventInputDebouncer,ft.after(200),()=>{this.removeAttribute("input-prevented")})}__shouldAcceptKey(t){return t.metaKey||t.ctrlKey||!t.key||t.key.length!==1||this.__allowedCharRegExp.test(t.key)}_onPaste(t){if(this.allowedCharPattern){let i=t.clipboardData.getData("text");this.__allowedTextRegExp.test(i)||(t.preventDefault(),this._markInputPrevented())}}_onDrop(t){if(this.allowedCharPattern){let i=t.dataTransfer.getData("text");this.__allowedTextRegExp.test(i)||(t.preventDefault(),this._markInputPrevented())}}_onBeforeInput(t){this.allowedCharPattern&&t.data&&!this.__allowedTextRegExp.test(t.data)&&(t.preventDefault(),this._markInputPrevented())}_allowedCharPatternChanged(t){if(t)try{this.__allowedCharRegExp=new RegExp(`^${t}$`,"u"),this.__allowedTextRegExp=new RegExp(`^${t}*$`,"u")}catch(i){console.error(i)}}};var Qs=s=>class extends ue(s){static get properties(){return{pattern:{type:String}}}static get delegateAttrs(){return[...super.delegateAttrs,"pattern"]}static get constraints(){return[...super.constraints,"pattern"]}};var tr=p`
  [part$='button'] {
    color: var(--vaadin-input-field-button-text-color, var(--vaadin-text-color-secondary));
    cursor: var(--vaadin-clickable-cursor);
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
    /* Ensure minimum click target (WCAG) */
    padding: max(0px, (24px - var(--vaadin-icon-size, 1lh)) / 2);
    margin: min(0px, (24px - var(--vaadin-icon-size, 1lh)) / -2);
  }

  /* Icon */
  [part$='button']::before {
    background: currentColor;
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    width: var(--vaadin-icon-size, 1lh);
    mask-size: var(--vaadin-icon-visual-size, 100%);
    mask-position: 50%;
    mask-repeat: no-repeat;
  }

  :host(:is(:not([clear-button-visible][has-value]), [disabled], [readonly])) [part~='clear-button'] {
    display: none;
  }

  [part~='clear-button']::before {
    mask-image: var(--_vaadin-icon-cross);
  }

  :host(:is([readonly], [disabled])) [part$='button'] {
    color: var(--vaadin-text-color-disabled);
    cursor: var(--vaadin-disabled-cursor);
  }

  @media (forced-colors: active) {
    [part$='button']::before {
      background: CanvasText;
    }

    :host([disabled]) [part$='button'] {
      color: GrayText;
    }

    :host([disabled]) [part$='button']::before {
      background: GrayText;
    }
  }
`;var fe=[$,tr];var er=p`
  :host([opened]) {
    pointer-events: auto;
  }

  [part~='toggle-button']::before {
    mask-image: var(--_vaadin-icon-chevron-down);
  }

  :host([readonly]) [part~='toggle-button'] {
    display: none;
  }
`;var me=class s{context;items=[];pendingRequests={};#t={};#e;#i=0;#s=0;constructor(e,t,i,r,o){this.context=e,this.pageSize=t,this.size=i,this.parentCache=r,this.parentCacheIndex=o,this.#s=i||0}get parentItem(){return this.parentCache&&this.parentCache.items[this.parentCacheIndex]}get subCaches(){return Object.values(this.#t)}get isLoading(){return Object.keys(this.pendingRequests).length>0?!0:this.subCaches.some(e=>e.isLoading)}get flatSize(){return this.#s}get pageSize(){return this.#e}set pageSize(e){this.#e=e,this.pendingRequests={},this.subCaches.forEach(t=>{t.pageSize=e})}get size(){return this.#i}set size(e){if(this.#i!==e){if(this.#i=e,this.context.placeholder!==void 0){this.items.length=e||0;for(let i=0;i<e;i++)this.items[i]||=this.context.placeholder}this.items.length>e&&(this.items.length=e||0),Object.keys(this.pendingRequests).forEach(i=>{parseInt(i)*this.pageSize>=this.size&&delete this.pendingRequests[i]})}}recalculateFlatSize(){this.#s=!this.parentItem||this.context.isExpanded(this.parentItem)?this.size+this.subCaches.reduce((e,t)=>(t.recalculateFlatSize(),e+t.flatSize),0):0}setPage(e,t){let i=e*this.pageSize;t.forEach((r,o)=>{let n=i+o;(this.size===void 0||n<this.size)&&(this.items[n]=r)})}getSubCache(e){return this.#t[e]}removeSubCache(e){delete this.#t[e]}removeSubCaches(){this.#t={}}createSubCache(e){let t=new s(this.context,this.pageSize,0,this,e);return this.#t[e]=t,t}getFlatIndex(e){let t=Math.max(0,Math.min(this.size-1,e));return this.subCaches.reduce((i,r)=>{let o=r.parentCacheIndex;return t>o?i+r.flatSize:i},t)}};function vi(s,e,t=0){let i=e;for(let r of s.subCaches){let o=r.parentCacheIndex;if(i<=o)break;if(i<=o+r.flatSize)return vi(r,i-o-1,t+1);i-=r.flatSize}return{cache:s,item:s.items[i],index:i,page:Math.floor(i/s.pageSize),level:t}}function gi({getItemId:s},e,t,i=0,r=0){for(let o=0;o<e.items.length;o++){let n=e.items[o];if(n&&s(n)===s(t))return{cache:e,level:i,item:n,index:o,page:Math.floor(o/e.pageSize),subCache:e.getSubCache(o),flatIndex:r+e.getFlatIndex(o)}}for(let o of e.subCaches){let n=r+e.getFlatIndex(o.parentCacheIndex),a=gi({getItemId:s},o,t,i+1,n+1);if(a)return a}}function bi(s,[e,...t],i=0){e===1/0&&(e=s.size-1);let r=s.getFlatIndex(e),o=s.getSubCache(e);return o?.flatSize>0&&t.length?bi(o,t,i+r+1):i+r}var _e=class extends EventTarget{host;dataProvider;dataProviderParams;isExpanded;getItemId;rootCache;placeholder;isPlaceholder;constructor(e,{size:t,pageSize:i,isExpanded:r,getItemId:o,isPlaceholder:n,placeholder:a,dataProvider:l,dataProviderParams:d}){super(),this.host=e,this.getItemId=o,this.isExpanded=r,this.placeholder=a,this.isPlaceholder=n,this.dataProvider=l,this.dataProviderParams=d,this.rootCache=this.#e(i,t)}get flatSize(){return this.rootCache.flatSize}get pageSize(){return this.rootCache.pageSize}get#t(){return{isExpanded:this.isExpanded,placeholder:this.placeholder}}isLoading(){return this.rootCache.isLoading}setPageSize(e){this.rootCache.pageSize=e}setDataProvider(e){this.dataProvider=e}recalculateFlatSize(){this.rootCache.recalculateFlatSize()}clearCache(){this.rootCache=this.#e(this.rootCache.pageSize,this.rootCache.size)}getFlatIndexContext(e){return vi(this.rootCache,e)}getItemContext(e){return gi({getItemId:this.getItemId},this.rootCache,e)}getFlatIndexByPath(e){return bi(this.rootCache,e)}ensureFlatIndexLoaded(e){let{cache:t,page:i,item:r}=this.getFlatIndexContext(e);this.#s(r)||this.#i(t,i)}ensureFlatIndexHierarchy(e){let{cache:t,item:i,index:r}=this.getFlatIndexContext(e);if(this.#s(i)&&this.isExpanded(i)&&!t.getSubCache(r)){let o=t.createSubCache(r);this.#i(o,0)}}loadFirstPage(){this.#i(this.rootCache,0)}_shouldLoadCachePage(e,t){return!0}#e(e,t){return new me(this.#t,e,t)}#i(e,t){if(!this.dataProvider||e.pendingRequests[t]||!this._shouldLoadCachePage(e,t))return;let i={page:t,pageSize:e.pageSize,parentItem:e.parentItem};this.dataProviderParams&&(i={...i,...this.dataProviderParams()});let r=(o,n)=>{e.pendingRequests[t]===r&&(n!==void 0?e.size=n:i.parentItem&&(e.size=o.length),e.setPage(t,o),this.recalculateFlatSize(),this.dispatchEvent(new CustomEvent("page-received")),delete e.pendingRequests[t],this.dispatchEvent(new CustomEvent("page-loaded")))};e.pendingRequests[t]=r,this.dispatchEvent(new CustomEvent("page-requested")),this.dataProvider(i,r)}#s(e){return this.isPlaceholder?!this.isPlaceholder(e):this.placeholder?e!==this.placeholder:!!e}};var ir=s=>class extends s{static get properties(){return{pageSize:{type:Number,value:50,observer:"_pageSizeChanged",sync:!0},size:{type:Number,observer:"_sizeChanged",sync:!0},dataProvider:{type:Object,observer:"_dataProviderChanged",sync:!0}}}static get observers(){return["_dataProviderFilterChanged(filter)","_ensureFirstPage(opened)"]}constructor(){super(),this.__dataProviderInitialized=!1,this.__previousDataProviderFilter,this.__dataProviderController=new _e(this,{placeholder:new M,isPlaceholder:t=>t instanceof M,dataProviderParams:()=>({filter:this.filter})}),this.__dataProviderController.addEventListener("page-requested",this.__onDataProviderPageRequested.bind(this)),this.__dataProviderController.addEventListener("page-loaded",this.__onDataProviderPageLoaded.bind(this))}ready(){super.ready(),this._scroller.addEventListener("index-requested",t=>{if(!this._shouldFetchData())return;let i=t.detail.index;i!==void 0&&this.__dataProviderController.ensureFlatIndexLoaded(i)}),this.__dataProviderInitialized=!0,this.dataProvider&&this.__synchronizeControllerState()}_dataProviderFilterChanged(t){if(this.__previousDataProviderFilter===void 0&&t===""){this.__previousDataProviderFilter=t;return}this.__previousDataProviderFilter!==t&&(this.__previousDataProviderFilter=t,this.__dataProviderController.rootCache.size=void 0,this.clearCache())}_shouldFetchData(){return this.dataProvider?this.opened||this.filter&&this.filter.length:!1}_ensureFirstPage(t){!this._shouldFetchData()||!t||(this._forceNextRequest||this.size===void 0?(this._forceNextRequest=!1,this.__dataProviderController.loadFirstPage()):this.size>0&&this.__dataProviderController.ensureFlatIndexLoaded(0))}__onDataProviderPageRequested(){this.__synchronizeControllerState()}__onDataProviderPageLoaded(){let{rootCache:t}=this.__dataProviderController;t.items=[...t.items],this.__synchronizeControllerState(),!this.opened&&!this._isInputFocused()&&this._commitValue()}clearCache(){this.dataProvider&&(this.__dataProviderController.clearCache(),this._shouldFetchData()?(this._forceNextRequest=!1,this.__dataProviderController.loadFirstPage()):this._forceNextRequest=!0,this.__synchronizeControllerState())}_sizeChanged(t){let{rootCache:i}=this.__dataProviderController;i.size!==t&&(i.size=t,i.items=[...i.items],this.__synchronizeControllerState())}_filteredItemsChanged(t){if(super._filteredItemsChanged(t),this.dataProvider&&t){let{rootCache:i}=this.__dataProviderController;i.items!==t&&(i.items=t,this.__synchronizeControllerState())}}__synchronizeControllerState(){if(this.__dataProviderInitialized&&this.dataProvider){let{rootCache:t}=this.__dataProviderController;this.setProperties({size:t.size,filteredItems:t.items,loading:this.__dataProviderController.isLoading()})}}_pageSizeChanged(t,i){if(Math.floor(t)!==t||t<1)throw this.pageSize=i,new Error("`pageSize` value must be an integer > 0");this.__dataProviderController.setPageSize(t),this.clearCache()}_dataProviderChanged(t,i){this._ensureItemsOrDataProvider(()=>{this.dataProvider=i}),this.__dataProviderController.setDataProvider(t),this.clearCache()}_ensureItemsOrDataProvider(t){if(this.items!==void 0&&this.dataProvider!==void 0)throw t(),new Error("Using `items` and `dataProvider` together is not supported")}};var sr=s=>class extends s{static get observers(){return["__clearPendingFocusOnFilter(filter)"]}__focusIndex(t){if(!(typeof t!="number"||Number.isNaN(t)||t<0)&&!this.filter){if(!this._overlayOpened||!this._dropdownItems||this._dropdownItems.length===0){this.__pendingFocusIndex=t;return}if(!(t>=this._dropdownItems.length)){if(this._focusedIndex=t,this._scrollIntoView(t,!0),this.loading){this.__pendingFocusIndex=t;return}delete this.__pendingFocusIndex,requestAnimationFrame(()=>{this.isConnected&&this._updateActiveDescendant(t)})}}}__focusPendingIndexIfNeeded(){this.__pendingFocusIndex!==void 0&&!this.loading&&this.__focusIndex(this.__pendingFocusIndex)}__clearPendingFocusOnFilter(){delete this.__pendingFocusIndex}_onOpened(){super._onOpened(),this.__focusPendingIndexIfNeeded()}__onDataProviderPageLoaded(){super.__onDataProviderPageLoaded(),this.__focusPendingIndexIfNeeded()}};var rr=s=>class extends B(K(O(V(s)))){static get properties(){return{opened:{type:Boolean,notify:!0,value:!1,reflectToAttribute:!0,sync:!0,observer:"_openedChanged"},autoOpenDisabled:{type:Boolean,sync:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0},_focusedIndex:{type:Number,observer:"_focusedIndexChanged",value:-1,sync:!0},_toggleElement:{type:Object,observer:"_toggleElementChanged"},_dropdownItems:{type:Array,sync:!0},_overlayOpened:{type:Boolean,sync:!0,observer:"_overlayOpenedChanged"}}}constructor(){super(),this._scroller,this._closeOnBlurIsPrevented,this._boundOverlaySelectedItemChanged=this._overlaySelectedItemChanged.bind(this),this._boundOnClearButtonMouseDown=this.__onClearButtonMouseDown.bind(this),this._boundOnClick=this._onClick.bind(this),this._boundOnOverlayTouchAction=this._onOverlayTouchAction.bind(this),this._boundOnTouchend=this._onTouchend.bind(this)}get _tagNamePrefix(){return"vaadin-combo-box"}_inputElementChanged(t){super._inputElementChanged(t),t&&(t.autocomplete="off",t.autocapitalize="off",t.setAttribute("role","combobox"),t.setAttribute("aria-autocomplete","list"),t.setAttribute("aria-expanded",!!this.opened),t.setAttribute("spellcheck","false"),t.setAttribute("autocorrect","off"))}firstUpdated(){super.firstUpdated(),this._initScroller()}ready(){super.ready(),this._initOverlay(),this.addEventListener("click",this._boundOnClick),this.addEventListener("touchend",this._boundOnTouchend),this.clearElement&&this.clearElement.addEventListener("mousedown",this._boundOnClearButtonMouseDown)}updated(t){super.updated(t),(t.has("opened")||t.has("_dropdownItems")||t.has("loading"))&&(this._overlayOpened=this.opened&&(!!this.loading||this._hasDropdownItems)),["_overlayOpened","_dropdownItems","_focusedIndex","_theme"].some(i=>t.has(i))&&this._updateScroller()}disconnectedCallback(){super.disconnectedCallback(),this.close()}open(){!this.disabled&&!this.readonly&&(this.opened=!0)}close(){this.opened=!1}_initOverlay(){let t=this.$.overlay;t.addEventListener("touchend",this._boundOnOverlayTouchAction),t.addEventListener("touchmove",this._boundOnOverlayTouchAction),t.addEventListener("mousedown",i=>i.preventDefault()),t.addEventListener("opened-changed",i=>{this._overlayOpened=i.detail.value}),t.addEventListener("vaadin-overlay-closed",()=>{this._scroller.items=[],this._onOverlayClosed()}),this._overlayElement=t}_initScroller(){let t=document.createElement(`${this._tagNamePrefix}-scroller`);t.owner=this,t.getItemLabel=this._getItemLabel.bind(this),t.addEventListener("selection-changed",this._boundOverlaySelectedItemChanged),this._renderScroller(t),this._scroller=t}_renderScroller(t){t.setAttribute("slot","overlay"),t.setAttribute("tabindex","-1"),this.appendChild(t)}_updateScroller(){let t=this._overlayOpened;t&&(this._scroller.style.maxHeight=getComputedStyle(this).getPropertyValue(`--${this._tagNamePrefix}-overlay-max-height`)||"65vh");let i=this.hasAttribute("closing");this._scroller.setProperties({items:t||i?this._dropdownItems:[],opened:t,focusedIndex:this._focusedIndex,theme:this._theme})}get _hasDropdownItems(){return!!(this._dropdownItems&&this._dropdownItems.length)}_overlayOpenedChanged(t,i){t?this._onOpened():i&&this._hasDropdownItems&&this.close()}_focusedIndexChanged(t,i){i!==void 0&&this._updateActiveDescendant(t)}_isInputFocused(){return this.inputElement&&G(this.inputElement)}_updateActiveDescendant(t){let i=this.inputElement;if(!i)return;let r=this._getItemElements().find(o=>o.index===t);I(i,"aria-activedescendant",r?.id)}_openedChanged(t,i){if(i===void 0)return;t?!this._isInputFocused()&&!Lt&&this.inputElement&&this.inputElement.focus():(this.autoselect&&(this.__autoselectPending=!0),this._onClosed());let r=this.inputElement;r&&(r.setAttribute("aria-expanded",!!t),I(r,"aria-controls",t&&this._scroller.id))}_onOverlayTouchAction(){this._closeOnBlurIsPrevented=!0,this.inputElement.blur(),this._closeOnBlurIsPrevented=!1}_isClearButton(t){return t.composedPath()[0]===this.clearElement}__onClearButtonMouseDown(t){t.preventDefault(),this.inputElement.focus()}_onClearButtonClick(t){t.preventDefault(),this._onClearAction()}_onToggleButtonClick(t){t.preventDefault(),this.opened?this.close():this.open()}_onHostClick(t){this.autoOpenDisabled||(t.preventDefault(),this.open())}_onClick(t){this.autoselect&&this.inputElement&&this.__autoselectPending&&(this.inputElement.selectionStart!==this.inputElement.selectionEnd||this.inputElement.select()),this.__autoselectPending=!1,this._isClearButton(t)?this._onClearButtonClick(t):t.composedPath().includes(this._toggleElement)?this._onToggleButtonClick(t):this._onHostClick(t)}_onTouchend(t){!this.clearElement||t.composedPath()[0]!==this.clearElement||(t.preventDefault(),this._onClearAction())}_onKeyDown(t){super._onKeyDown(t),t.key==="ArrowDown"?(this._onArrowDown(),t.preventDefault()):t.key==="ArrowUp"&&(this._onArrowUp(),t.preventDefault())}_getItemLabel(t){return t?t.toString():""}_isSameItem(t,i){return t===i}_onArrowDown(){if(this.opened){let t=this._dropdownItems;t&&(this._focusedIndex=Math.min(t.length-1,this._focusedIndex+1),this._prefillFocusedItemLabel())}else this.open()}_onArrowUp(){if(this.opened){if(this._focusedIndex>-1)this._focusedIndex=Math.max(0,this._focusedIndex-1);else{let t=this._dropdownItems;t&&(this._focusedIndex=t.length-1)}this._prefillFocusedItemLabel()}else this.open()}_prefillFocusedItemLabel(){if(this._focusedIndex>-1){let t=this._dropdownItems[this._focusedIndex];this._inputElementValue=this._getItemLabel(t),this._markAllSelectionRange()}}_setSelectionRange(t,i){this._isInputFocused()&&this.inputElement.setSelectionRange&&this.inputElement.setSelectionRange(t,i)}_markAllSelectionRange(){this._inputElementValue!==void 0&&this._setSelectionRange(0,this._inputElementValue.length)}_clearSelectionRange(){if(this._inputElementValue!==void 0){let t=this._inputElementValue?this._inputElementValue.length:0;this._setSelectionRange(t,t)}}_closeOrCommit(){this.opened?this.close():this._commitValue()}_onEnter(t){if(!this._hasValidInputValue()){t.preventDefault(),t.stopPropagation();return}this.opened&&(t.preventDefault(),t.stopPropagation()),this._closeOrCommit()}_hasValidInputValue(){return!0}_onEscape(t){this.autoOpenDisabled&&(this.opened||this.value!==this._inputElementValue&&this._inputElementValue.length>0)?(t.stopPropagation(),this._focusedIndex=-1,this._onEscapeCancel()):this.opened?(t.stopPropagation(),this._focusedIndex>-1?(this._focusedIndex=-1,this._revertInputValue()):this._onEscapeCancel()):this.clearButtonVisible&&this.value&&!this.readonly&&(t.stopPropagation(),this._onClearAction())}_onEscapeCancel(){}_toggleElementChanged(t){t&&(t.addEventListener("mousedown",i=>i.preventDefault()),t.addEventListener("click",()=>{Lt&&!this._isInputFocused()&&document.activeElement.blur()}))}_onClearAction(){}_onOpened(){}_onClosed(){}_onOverlayClosed(){}_commitValue(){}_revertInputValue(){this._inputElementValue=this.value,this._clearSelectionRange()}_onInput(t){!this.opened&&!this._isClearButton(t)&&!this.autoOpenDisabled&&(this.opened=!0)}_getItemElements(){return Array.from(this._scroller.querySelectorAll(`${this._tagNamePrefix}-item`))}_scrollIntoView(t,i=!1){this._scroller&&this._scroller.scrollIntoView(t,i)}_overlaySelectedItemChanged(t){t.stopPropagation(),!this.hasAttribute("closing")&&(t.detail.item instanceof M||this.opened&&(this._focusedIndex=this._dropdownItems.indexOf(t.detail.item),this.close()))}_setFocused(t){super._setFocused(t),t||(this.__autoselectPending=!1),!t&&!this.readonly&&!this._closeOnBlurIsPrevented&&this._handleFocusOut()}_handleFocusOut(){if(j()){this._closeOrCommit();return}this.opened?this._overlayOpened||this.close():this._commitValue()}_shouldRemoveFocus(t){return t.relatedTarget&&t.relatedTarget.localName===`${this._tagNamePrefix}-item`?!1:t.relatedTarget===this._overlayElement?(t.composedPath()[0].focus(),!1):!0}};function jo(s){return s!=null}function or(s,e){return s.findIndex(t=>t instanceof M?!1:e(t))}var nr=s=>class extends rr(s){static get properties(){return{items:{type:Array,sync:!0,observer:"_itemsChanged"},filteredItems:{type:Array,observer:"_filteredItemsChanged",sync:!0},filter:{type:String,value:"",notify:!0,sync:!0},itemLabelGenerator:{type:Object},itemLabelPath:{type:String,value:"label",observer:"_itemLabelPathChanged",sync:!0},itemValuePath:{type:String,value:"value",sync:!0},itemIdPath:{type:String,sync:!0},partialMatchMode:{type:String,value:"none"}}}updated(t){super.updated(t),t.has("filter")&&this._filterChanged(this.filter),t.has("itemLabelGenerator")&&this.requestContentUpdate()}requestContentUpdate(){this._scroller&&(this._scroller.requestContentUpdate(),this._getItemElements().forEach(t=>{t.requestContentUpdate()}))}_onClearButtonClick(t){super._onClearButtonClick(t),this.opened&&this.requestContentUpdate()}_onInput(t){let i=this._inputElementValue,r={};this.filter===i?this._filterChanged(this.filter):r.filter=i,!this.opened&&!this._isClearButton(t)&&!this.autoOpenDisabled&&(r.opened=!0),this.setProperties(r)}_onOpened(){super._onOpened(),this.filter&&this._focusedIndex===-1&&(this._focusedIndex=this.__getItemIndexByFilter(this._dropdownItems))}_getItemLabel(t){if(typeof this.itemLabelGenerator=="function"&&t)return this.itemLabelGenerator(t)||"";let i=t&&this.itemLabelPath?nt(this.itemLabelPath,t):void 0;return i==null&&(i=t?t.toString():""),i}_getItemValue(t){let i=t&&this.itemValuePath?nt(this.itemValuePath,t):void 0;return i===void 0&&(i=t?t.toString():""),i}_isSameItem(t,i){if(this.itemIdPath&&t&&i){let r=nt(this.itemIdPath,t);if(r!==void 0)return r===nt(this.itemIdPath,i)}return super._isSameItem(t,i)}_itemLabelPathChanged(t){typeof t!="string"&&console.error("You should set itemLabelPath to a valid string")}_filterChanged(t){this._scrollIntoView(0),this._focusedIndex=-1,this.items?this.filteredItems=this._filterItems(this.items,t):this._filteredItemsChanged(this.filteredItems)}_itemsChanged(t,i){this._ensureItemsOrDataProvider(()=>{this.items=i}),t?this.filteredItems=t.slice(0):i&&(this.filteredItems=null)}_filteredItemsChanged(t){this._setDropdownItems(t)}_setDropdownItems(t){let i=this._dropdownItems;this._dropdownItems=t;let r=i?i[this._focusedIndex]:null;if(i&&i[this._focusedIndex]instanceof M&&t[this._focusedIndex]instanceof M)return;let o=this.__getItemIndexByValue(t,this._getItemValue(r));o>-1?this._focusedIndex=o:this._focusedIndex=this.__getItemIndexByFilter(t)}_filterItems(t,i){return t&&t.filter(o=>(i=i?i.toString().toLowerCase():"",this._getItemLabel(o).toString().toLowerCase().indexOf(i)>-1))}__getItemIndexByValue(t,i){return!t||!jo(i)?-1:or(t,r=>this._getItemValue(r)===i)}__getItemIndexByLabel(t,i){return!t||!i?-1:or(t,r=>this._getItemLabel(r).toString().toLowerCase()===i.toString().toLowerCase())}__getItemIndexByFilter(t){let i=this.__getItemIndexByLabel(t,this.filter);return i>-1?i:!this.opened||!t||t.length===0||!this.filter||this.allowCustomValue?-1:this.partialMatchMode==="first-match"||this.partialMatchMode==="only-match"&&t.length===1?t[0]instanceof M?-1:0:-1}};function Uo(s){return s!=null}var ar=s=>class extends Ct(nr(s)){static get properties(){return{renderer:{type:Object,sync:!0},allowCustomValue:{type:Boolean,value:!1},loading:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},selectedItem:{type:Object,notify:!0,sync:!0},itemClassNameGenerator:{type:Object}}}static get observers(){return["_selectedItemChanged(selectedItem, itemValuePath, itemLabelPath)"]}ready(){super.ready(),this._lastCommittedValue=this.value}updated(t){super.updated(t),["loading","itemClassNameGenerator","renderer","selectedItem"].forEach(i=>{t.has(i)&&(this._scroller[i]=this[i])})}_inputElementChanged(t){super._inputElementChanged(t),t&&this._revertInputValueToValue()}_closeOrCommit(){!this.opened&&!this.loading?this._commitValue():this.close()}_hasValidInputValue(){let t=this._focusedIndex<0&&this._inputElementValue!==""&&this._getItemLabel(this.selectedItem)!==this._inputElementValue;return this.allowCustomValue||!t}_onEscapeCancel(){this.cancel()}_onClearAction(){this.selectedItem=null,this.allowCustomValue&&(this.value=""),this._detectAndDispatchChange()}_clearFilter(){this.filter=""}cancel(){this._revertInputValueToValue(),this._lastCommittedValue=this.value,this._closeOrCommit()}_onOpened(){super._onOpened(),this.dispatchEvent(new CustomEvent("vaadin-combo-box-dropdown-opened",{bubbles:!0,composed:!0})),this._lastCommittedValue=this.value}_onOverlayClosed(){this.dispatchEvent(new CustomEvent("vaadin-combo-box-dropdown-closed",{bubbles:!0,composed:!0}))}_onClosed(){(!this.loading||this.allowCustomValue)&&this._commitValue()}_commitValue(){if(this._focusedIndex>-1){let t=this._dropdownItems[this._focusedIndex];this.selectedItem!==t&&(this.selectedItem=t),this._inputElementValue=this._getItemLabel(this.selectedItem),this._focusedIndex=-1}else if(this._inputElementValue===""||this._inputElementValue===void 0)this.selectedItem=null,this.allowCustomValue&&(this.value="");else{let t=[this.selectedItem,...this._dropdownItems||[]],i=t[this.__getItemIndexByLabel(t,this._inputElementValue)];if(this.allowCustomValue&&!i){let r=this._inputElementValue;this._lastCustomValue=r;let o=new CustomEvent("custom-value-set",{detail:r,composed:!0,cancelable:!0,bubbles:!0});this.dispatchEvent(o),o.defaultPrevented||(this.value=r)}else!this.allowCustomValue&&!this.opened&&i?this.value=this._getItemValue(i):this._revertInputValueToValue()}this._detectAndDispatchChange(),this._clearSelectionRange(),this._clearFilter()}_onChange(t){t.stopPropagation()}_revertInputValue(){this.filter!==""?this._inputElementValue=this.filter:this._revertInputValueToValue(),this._clearSelectionRange()}_revertInputValueToValue(){this.allowCustomValue&&!this.selectedItem?this._inputElementValue=this.value:this._inputElementValue=this._getItemLabel(this.selectedItem)}_selectedItemChanged(t){if(t==null)this.filteredItems&&(this.allowCustomValue||(this.value=""),this._toggleHasValue(this._hasValue),this._inputElementValue=this.value);else{let i=this._getItemValue(t);if(this.value!==i&&(this.value=i,this.value!==i))return;this._toggleHasValue(!0),this._inputElementValue=this._getItemLabel(t)}}_valueChanged(t,i){t===""&&i===void 0||(Uo(t)?(this._getItemValue(this.selectedItem)!==t&&this._selectItemForValue(t),!this.selectedItem&&this.allowCustomValue&&(this._inputElementValue=t),this._toggleHasValue(this._hasValue)):this.selectedItem=null,this._clearFilter(),this._lastCommittedValue=void 0)}_detectAndDispatchChange(){document.hasFocus()&&this._requestValidation(),this.value!==this._lastCommittedValue&&(this.dispatchEvent(new CustomEvent("change",{bubbles:!0})),this._lastCommittedValue=this.value)}_selectItemForValue(t){let i=this.__getItemIndexByValue(this.filteredItems,t),r=this.selectedItem;i>=0?this.selectedItem=this.filteredItems[i]:this.dataProvider&&this.selectedItem===void 0?this.selectedItem=void 0:this.selectedItem=null,this.selectedItem===null&&r===null&&this._selectedItemChanged(this.selectedItem)}_setDropdownItems(t){super._setDropdownItems(t);let i=this.__getItemIndexByValue(t,this.value);(this.selectedItem===null||this.selectedItem===void 0)&&i>=0&&(this.selectedItem=t[i])}_handleFocusOut(){if(!this.opened&&this.allowCustomValue&&this._inputElementValue===this._lastCustomValue){delete this._lastCustomValue;return}super._handleFocusOut()}};var xi=class extends sr(ir(ar(Qs(pe(C(A(v(y(f))))))))){static get is(){return"vaadin-combo-box"}static get styles(){return[fe,er]}static get properties(){return{_positionTarget:{type:Object}}}get clearElement(){return this.$.clearButton}render(){return m`
      <div class="vaadin-combo-box-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${Bt(this._theme)}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="field-button toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>

      <vaadin-combo-box-overlay
        id="overlay"
        exportparts="overlay, content, loader"
        .owner="${this}"
        .dir="${this.dir}"
        .opened="${this._overlayOpened}"
        ?loading="${this.loading}"
        theme="${Bt(this._theme)}"
        .positionTarget="${this._positionTarget}"
        no-vertical-overlap
      >
        <slot name="overlay"></slot>
      </vaadin-combo-box-overlay>
    `}ready(){super.ready(),this.addController(new D(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new N(this.inputElement,this._labelController)),this._tooltipController=new T(this),this.addController(this._tooltipController),this._tooltipController.setPosition("top"),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(e=>!e.opened),this._positionTarget=this.shadowRoot.querySelector('[part="input-field"]'),this._toggleElement=this.$.toggleButton}updated(e){super.updated(e),(e.has("dataProvider")||e.has("value"))&&this._warnDataProviderValue(this.dataProvider,this.value)}_onClearButtonClick(e){e.stopPropagation(),super._onClearButtonClick(e)}_onHostClick(e){let t=e.composedPath();(t.includes(this._labelNode)||t.includes(this._positionTarget))&&super._onHostClick(e)}_warnDataProviderValue(e,t){if(e&&t!==""&&(this.selectedItem===void 0||this.selectedItem===null)){let i=this.__getItemIndexByValue(this.filteredItems,t);(i<0||!this._getItemLabel(this.filteredItems[i]))&&console.warn("Warning: unable to determine the label for the provided `value`. Nothing to display in the text field. This usually happens when setting an initial `value` before any items are returned from the `dataProvider` callback. Consider setting `selectedItem` instead of `value`")}}};_(xi);var lr=s=>class extends pe(s){static get properties(){return{autocomplete:{type:String},autocorrect:{type:String,reflectToAttribute:!0},autocapitalize:{type:String,reflectToAttribute:!0}}}static get delegateAttrs(){return[...super.delegateAttrs,"autocapitalize","autocomplete","autocorrect"]}_inputElementChanged(t,i){super._inputElementChanged(t,i),t&&(t.value&&t.value!==this.value&&(console.warn(`Please define value on the <${this.localName}> component!`),t.value=""),this.value&&(t.value=this.value))}_setFocused(t){super._setFocused(t),!t&&document.hasFocus()&&this._requestValidation()}_onInput(t){super._onInput(t),this.invalid&&this._requestValidation()}_valueChanged(t,i){super._valueChanged(t,i),i!==void 0&&this.invalid&&this._requestValidation()}};var dr=s=>class extends lr(s){static get properties(){return{maxlength:{type:Number},minlength:{type:Number},pattern:{type:String},inputMode:{type:String,attribute:"inputmode"}}}static get delegateAttrs(){return[...super.delegateAttrs,"maxlength","minlength","pattern","inputMode"]}static get constraints(){return[...super.constraints,"maxlength","minlength","pattern"]}constructor(){super(),this._setType("text")}get clearElement(){return this.$.clearButton}ready(){super.ready(),this.addController(new D(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new N(this.inputElement,this._labelController))}};var yi=class extends dr(C(A(v(y(f))))){static get is(){return"vaadin-text-field"}static get styles(){return[fe]}render(){return m`
      <div class="vaadin-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${Bt(this._theme)}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          ${this._renderSuffix()}
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
        <slot name="tooltip"></slot>
      </div>
    `}ready(){super.ready(),this._tooltipController=new T(this),this._tooltipController.setPosition("top"),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}_renderSuffix(){return m`
      <slot name="suffix" slot="suffix"></slot>
      <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
    `}};_(yi);var hr=p`
  :host {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    gap: var(--vaadin-button-gap, 0 var(--vaadin-gap-s));
    white-space: var(--vaadin-button-label-wrap, normal);
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
    cursor: var(--vaadin-clickable-cursor);
    box-sizing: border-box;
    flex-shrink: 0;
    height: var(--vaadin-button-height, fit-content);
    margin: var(--vaadin-button-margin, 0);
    padding: var(--vaadin-button-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    font-family: var(--vaadin-button-font-family, inherit);
    font-size: var(--vaadin-button-font-size, inherit);
    line-height: var(--vaadin-button-line-height, inherit);
    font-weight: var(--vaadin-button-font-weight, 500);
    color: var(--vaadin-button-text-color, var(--vaadin-text-color));
    background: var(--vaadin-button-background, var(--vaadin-background-container));
    background-origin: border-box;
    border: var(--vaadin-button-border-width, 1px) solid
      var(--vaadin-button-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-button-border-radius, var(--vaadin-radius-m));
    touch-action: manipulation;
  }

  :host([hidden]) {
    display: none !important;
  }

  .vaadin-button-container,
  [part='prefix'],
  [part='suffix'] {
    display: contents;
  }

  [part='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  :host(:is([focus-ring], :focus-visible)) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: 1px;
  }

  :host([theme~='primary']) {
    --vaadin-button-background: var(--vaadin-text-color);
    --vaadin-button-text-color: var(--vaadin-background-color);
    --vaadin-button-border-color: transparent;
  }

  :host([theme~='tertiary']) {
    background: transparent;
    border-color: transparent;
  }

  :host([disabled]) {
    pointer-events: var(--_vaadin-button-disabled-pointer-events, none);
    cursor: var(--vaadin-disabled-cursor);
    opacity: 0.5;
  }

  :host([disabled][theme~='primary']) {
    --vaadin-button-text-color: var(--vaadin-background-container-strong);
    --vaadin-button-background: var(--vaadin-text-color-disabled);
  }

  @media (forced-colors: active) {
    :host {
      --vaadin-button-border-width: 1px;
      --vaadin-button-background: ButtonFace;
      --vaadin-button-text-color: ButtonText;
    }

    :host([theme~='primary']) {
      forced-color-adjust: none;
      --vaadin-button-background: CanvasText;
      --vaadin-button-text-color: Canvas;
      --vaadin-icon-color: Canvas;
    }

    ::slotted(*) {
      forced-color-adjust: auto;
    }

    :host([disabled]) {
      --vaadin-button-background: transparent !important;
      --vaadin-button-border-color: GrayText !important;
      --vaadin-button-text-color: GrayText !important;
      opacity: 1;
    }
  }
`;var qo=["mousedown","mouseup","click","dblclick","keypress","keydown","keyup"],cr=s=>class extends vt(Zt(V(s))){constructor(){super(),this.__onInteractionEvent=this.__onInteractionEvent.bind(this),qo.forEach(t=>{this.addEventListener(t,this.__onInteractionEvent,!0)}),this.tabindex=0}get _activeKeys(){return["Enter"," "]}ready(){super.ready(),this.hasAttribute("role")||this.setAttribute("role","button"),this.__shouldAllowFocusWhenDisabled()&&this.style.setProperty("--_vaadin-button-disabled-pointer-events","auto")}_onKeyDown(t){super._onKeyDown(t),!(t.altKey||t.shiftKey||t.ctrlKey||t.metaKey)&&this._activeKeys.includes(t.key)&&(t.preventDefault(),this.click())}__onInteractionEvent(t){this.__shouldSuppressInteractionEvent(t)&&t.stopImmediatePropagation()}__shouldSuppressInteractionEvent(t){return this.disabled}};var Ci=class extends cr(A(C(v(y(f))))){static get is(){return"vaadin-button"}static get styles(){return hr}static get properties(){return{disabled:{type:Boolean,value:!1,observer:"_disabledChanged",reflectToAttribute:!0,sync:!0}}}render(){return m`
      <div class="vaadin-button-container" role="presentation">
        <span part="prefix" aria-hidden="true">
          <slot name="prefix"></slot>
        </span>
        <span part="label">
          <slot></slot>
        </span>
        <span part="suffix" aria-hidden="true">
          <slot name="suffix"></slot>
        </span>

        <slot name="tooltip"></slot>
      </div>
    `}ready(){super.ready(),this._tooltipController=new T(this),this.addController(this._tooltipController)}__shouldAllowFocusWhenDisabled(){return window.Vaadin.featureFlags.accessibleDisabledButtons}};_(Ci);var g=window.PAGE,ur=s=>s.replace(/`/g,"");function pr(s){if(!g.delayMs){s(g.items);return}setTimeout(async()=>{let e=g.dataUrl?await(await fetch(g.dataUrl)).json():g.items,t=document.getElementById("loading");t&&t.remove(),s(e)},g.delayMs)}function fr(s,e){return g.pageSize?s.slice(e*g.pageSize,(e+1)*g.pageSize):s}var mr=s=>g.pageSize?Math.ceil(s.length/g.pageSize):1;var P=(s,e={},...t)=>{let i=document.createElement(s);for(let[r,o]of Object.entries(e))i.setAttribute(r,o);return i.append(...t),i};function Wo(s,e){let t="q"+(e+1),i=ur(s.text);switch(s.kind){case"single":case"truefalse":{let r=P("vaadin-radio-group",{label:i,name:t,theme:"vertical"});return g.helper&&r.setAttribute("helper-text",g.helper.single),s.options.forEach((o,n)=>r.append(P("vaadin-radio-button",{value:String(n),label:o}))),r}case"multiple":{let r=P("vaadin-checkbox-group",{label:i,theme:"vertical"});return g.helper&&r.setAttribute("helper-text",g.helper.multiple),s.options.forEach((o,n)=>r.append(P("vaadin-checkbox",{value:String(n),label:o}))),r}case"dropdown":{let r=P("vaadin-combo-box",{label:i,name:t,placeholder:g.placeholder||"Select an answer"});return r.items=s.options,r}default:return P("vaadin-text-field",{label:i,name:t})}}pr(s=>{let e=document.getElementById("app");e.append(P("h1",{},g.title)),g.intro&&e.append(P("p",{class:"intro"},g.intro));let t=[];for(let r=0;r<mr(s);r++){let o=P("div",{class:"page"},...fr(s,r).map((n,a)=>P("div",{class:"q"},Wo(n,r*(g.pageSize||0)+a))));r>0&&(o.hidden=!0),t.push(o),e.append(o)}let i=P("div",{class:"footer"});if(t.length>1){let r=0,o=P("span",{class:"status"},`Page 1 of ${t.length}`),n=P("vaadin-button",{theme:"primary"},"Next");n.addEventListener("click",()=>{r+1>=t.length||(t[r].hidden=!0,t[++r].hidden=!1,o.textContent=`Page ${r+1} of ${t.length}`)}),i.append(o,n)}else i.append(P("vaadin-button",{theme:"primary"},g.submit||"Submit"));e.append(i)});})();
