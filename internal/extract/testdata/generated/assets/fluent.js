(()=>{var m=Object.freeze({prefix:"fluent",shadowRootMode:"open",registry:globalThis.customElements});var dn={above:"above",after:"after",before:"before"},ne={badInput:"bad-input",customError:"custom-error",patternMismatch:"pattern-mismatch",rangeOverflow:"range-overflow",rangeUnderflow:"range-underflow",stepMismatch:"step-mismatch",tooLong:"too-long",tooShort:"too-short",typeMismatch:"type-mismatch",valueMissing:"value-missing",valid:"valid"},un=`${m.prefix}-field`;var Qe=class{constructor(e,o,r=!1){this.evaluate=e,this.policy=o,this.isVolatile=r}};var C;(function(t){t[t.needsArrayObservation=1101]="needsArrayObservation",t[t.onlySetDOMPolicyOnce=1201]="onlySetDOMPolicyOnce",t[t.bindingInnerHTMLRequiresTrustedTypes=1202]="bindingInnerHTMLRequiresTrustedTypes",t[t.twoWayBindingRequiresObservables=1203]="twoWayBindingRequiresObservables",t[t.hostBindingWithoutHost=1204]="hostBindingWithoutHost",t[t.unsupportedBindingBehavior=1205]="unsupportedBindingBehavior",t[t.directCallToHTMLTagNotAllowed=1206]="directCallToHTMLTagNotAllowed",t[t.onlySetTemplatePolicyOnce=1207]="onlySetTemplatePolicyOnce",t[t.cannotSetTemplatePolicyAfterCompilation=1208]="cannotSetTemplatePolicyAfterCompilation",t[t.blockedByDOMPolicy=1209]="blockedByDOMPolicy",t[t.invalidHydrationAttributeMarker=1210]="invalidHydrationAttributeMarker",t[t.duplicateRenderInstruction=1211]="duplicateRenderInstruction",t[t.missingElementDefinition=1401]="missingElementDefinition",t[t.noRegistrationForContext=1501]="noRegistrationForContext",t[t.noFactoryForResolver=1502]="noFactoryForResolver",t[t.invalidResolverStrategy=1503]="invalidResolverStrategy",t[t.cannotAutoregisterDependency=1504]="cannotAutoregisterDependency",t[t.cannotResolveKey=1505]="cannotResolveKey",t[t.cannotConstructNativeFunction=1506]="cannotConstructNativeFunction",t[t.cannotJITRegisterNonConstructor=1507]="cannotJITRegisterNonConstructor",t[t.cannotJITRegisterIntrinsic=1508]="cannotJITRegisterIntrinsic",t[t.cannotJITRegisterInterface=1509]="cannotJITRegisterInterface",t[t.invalidResolver=1510]="invalidResolver",t[t.invalidKey=1511]="invalidKey",t[t.noDefaultResolver=1512]="noDefaultResolver",t[t.cyclicDependency=1513]="cyclicDependency",t[t.connectUpdateRequiresController=1514]="connectUpdateRequiresController"})(C||(C={}));var Fe=t=>typeof t=="function",ae=t=>typeof t=="string",pn=()=>{};var _s=Object.create(null),E={warn(t,e){},error(t,e){return new Error(`Error ${t}`)},addMessages(t){Object.assign(_s,t)}};var hn=Object.freeze([]);function kt(){let t=new Map;return Object.freeze({register(e){return t.has(e.type)?!1:(t.set(e.type,e),!0)},getByType(e){return t.get(e)},getForInstance(e){if(e!=null)return t.get(e.constructor)}})}function po(){let t=new WeakMap;return function(e){let o=t.get(e);if(o===void 0){let r=Reflect.getPrototypeOf(e);for(;o===void 0&&r!==null;)o=t.get(r),r=Reflect.getPrototypeOf(r);o=o===void 0?[]:o.slice(0),t.set(e,o)}return o}}function ie(t){t.prototype.toJSON=pn}var ho=class extends Qe{createObserver(){return this}bind(e){return this.evaluate(e.source,e.context)}};ie(ho);function go(t,e){return new ho(t,e)}var St=class{constructor(e,o){this.sub1=void 0,this.sub2=void 0,this.spillover=void 0,this.subject=e,this.sub1=o}has(e){return this.spillover===void 0?this.sub1===e||this.sub2===e:this.spillover.indexOf(e)!==-1}subscribe(e){let o=this.spillover;if(o===void 0){if(this.has(e))return;if(this.sub1===void 0){this.sub1=e;return}if(this.sub2===void 0){this.sub2=e;return}this.spillover=[this.sub1,this.sub2,e],this.sub1=void 0,this.sub2=void 0}else o.indexOf(e)===-1&&o.push(e)}unsubscribe(e){let o=this.spillover;if(o===void 0)this.sub1===e?this.sub1=void 0:this.sub2===e&&(this.sub2=void 0);else{let r=o.indexOf(e);r!==-1&&o.splice(r,1)}}notify(e){let o=this.spillover,r=this.subject;if(o===void 0){let n=this.sub1,a=this.sub2;n!==void 0&&n.handleChange(r,e),a!==void 0&&a.handleChange(r,e)}else for(let n=0,a=o.length;n<a;++n)o[n].handleChange(r,e)}},Bt=class{constructor(e){this.subscribers={},this.subjectSubscribers=null,this.subject=e}notify(e){var o,r;(o=this.subscribers[e])===null||o===void 0||o.notify(e),(r=this.subjectSubscribers)===null||r===void 0||r.notify(e)}subscribe(e,o){var r,n;let a;o?a=(r=this.subscribers[o])!==null&&r!==void 0?r:this.subscribers[o]=new St(this.subject):a=(n=this.subjectSubscribers)!==null&&n!==void 0?n:this.subjectSubscribers=new St(this.subject),a.subscribe(e)}unsubscribe(e,o){var r,n;o?(r=this.subscribers[o])===null||r===void 0||r.unsubscribe(e):(n=this.subjectSubscribers)===null||n===void 0||n.unsubscribe(e)}};var Te=[],gr=[],Vs=globalThis.requestAnimationFrame,mr=!0;function Ws(){if(gr.length)throw gr.shift()}function js(t){try{t.call()}catch(e){if(mr)gr.push(e),setTimeout(Ws,0);else throw Te.length=0,e}}function fr(){let e=0;for(;e<Te.length;)if(js(Te[e]),e++,e>1024){for(let o=0,r=Te.length-e;o<r;o++)Te[o]=Te[o+e];Te.length-=e,e=0}Te.length=0}function gn(t){Te.push(t),Te.length<2&&(mr?Vs(fr):fr())}var $=Object.freeze({enqueue:gn,next:()=>new Promise(gn),process:fr,setMode:t=>mr=t});var Ze=Object.freeze({unknown:void 0,coupled:1}),f=(()=>{let t=$.enqueue,e=/(:|&&|\|\||if|\?\.)/,o=new WeakMap,r,n=u=>{throw E.error(C.needsArrayObservation)};function a(u){var l;let g=(l=u.$fastController)!==null&&l!==void 0?l:o.get(u);return g===void 0&&(Array.isArray(u)?g=n(u):o.set(u,g=new Bt(u))),g}let i=po();class c{constructor(l){this.name=l,this.field=`_${l}`,this.callback=`${l}Changed`}getValue(l){return r!==void 0&&r.watch(l,this.name),l[this.field]}setValue(l,g){let x=this.field,w=l[x];if(w!==g){l[x]=g;let R=l[this.callback];Fe(R)&&R.call(l,w,g),a(l).notify(this.name)}}}class p extends St{constructor(l,g,x=!1){super(l,g),this.expression=l,this.isVolatileBinding=x,this.needsRefresh=!0,this.needsQueue=!0,this.isAsync=!0,this.first=this,this.last=null,this.propertySource=void 0,this.propertyName=void 0,this.notifier=void 0,this.next=void 0}setMode(l){this.isAsync=this.needsQueue=l}bind(l){let g=this.observe(l.source,l.context);return!l.isBound&&this.requiresUnbind(l)&&l.onUnbind(this),g}requiresUnbind(l){return l.sourceLifetime!==Ze.coupled||this.first!==this.last||this.first.propertySource!==l.source}unbind(l){this.dispose()}observe(l,g){this.needsRefresh&&this.last!==null&&this.dispose();let x=r;r=this.needsRefresh?this:void 0,this.needsRefresh=this.isVolatileBinding;let w;try{w=this.expression(l,g)}finally{r=x}return w}disconnect(){this.dispose()}dispose(){if(this.last!==null){let l=this.first;for(;l!==void 0;)l.notifier.unsubscribe(this,l.propertyName),l=l.next;this.last=null,this.needsRefresh=this.needsQueue=this.isAsync}}watch(l,g){let x=this.last,w=a(l),R=x===null?this.first:{};if(R.propertySource=l,R.propertyName=g,R.notifier=w,w.subscribe(this,g),x!==null){if(!this.needsRefresh){let Q;r=void 0,Q=x.propertySource[x.propertyName],r=this,l===Q&&(this.needsRefresh=!0)}x.next=R}this.last=R}handleChange(){this.needsQueue?(this.needsQueue=!1,t(this)):this.isAsync||this.call()}call(){this.last!==null&&(this.needsQueue=this.isAsync,this.notify(this))}*records(){let l=this.first;for(;l!==void 0;)yield l,l=l.next}}return ie(p),Object.freeze({setArrayObserverFactory(u){n=u},getNotifier:a,track(u,l){r&&r.watch(u,l)},trackVolatile(){r&&(r.needsRefresh=!0)},notify(u,l){a(u).notify(l)},defineProperty(u,l){ae(l)&&(l=new c(l)),i(u).push(l),Reflect.defineProperty(u,l.name,{enumerable:!0,get(){return l.getValue(this)},set(g){l.setValue(this,g)}})},getAccessors:i,binding(u,l,g=this.isVolatileBinding(u)){return new p(u,l,g)},isVolatileBinding(u){return e.test(u.toString())}})})();function v(t,e){f.defineProperty(t,e)}var fn=(()=>{let t=null;return{get(){return t},set(e){t=e}}})(),Ee=Object.freeze({default:{index:0,length:0,get event(){return Ee.getEvent()},eventDetail(){return this.event.detail},eventTarget(){return this.event.target}},getEvent(){return fn.get()},setEvent(t){fn.set(t)}});var br=class extends Qe{createObserver(e){return f.binding(this.evaluate,e,this.isVolatile)}};function fo(t,e,o=f.isVolatileBinding(t)){return new br(t,e,o)}var z=Object.freeze({none:0,attribute:1,booleanAttribute:2,property:3,content:4,tokenList:5,event:6}),mn=t=>t,Gs=globalThis.trustedTypes?globalThis.trustedTypes.createPolicy("fast-html",{createHTML:mn}):{createHTML:mn},mo=Object.freeze({createHTML(t){return Gs.createHTML(t)},protect(t,e,o,r){return r}}),Xs=mo,Re=Object.freeze({get policy(){return mo},setPolicy(t){if(mo!==Xs)throw E.error(C.onlySetDOMPolicyOnce);mo=t},setAttribute(t,e,o){o==null?t.removeAttribute(e):t.setAttribute(e,o)},setBooleanAttribute(t,e,o){o?t.setAttribute(e,""):t.removeAttribute(e)}});var vr="boolean",bn="reflect",Pt=Object.freeze({locate:po()}),xn={toView(t){return t?"":null},fromView(t){return!!t}};function vn(t){if(t==null)return null;let e=t*1;return isNaN(e)?null:e}var Vt={toView(t){let e=vn(t);return e&&e.toString()},fromView:vn},_t=class t{constructor(e,o,r=o.toLowerCase(),n=bn,a){this.guards=new Set,this.Owner=e,this.name=o,this.attribute=r,this.mode=n,this.converter=a,this.fieldName=`_${o}`,this.callbackName=`${o}Changed`,this.hasCallback=this.callbackName in e.prototype,n===vr&&a===void 0&&(this.converter=xn)}setValue(e,o){let r=e[this.fieldName],n=this.converter;n!==void 0&&(o=n.fromView(o)),r!==o&&(e[this.fieldName]=o,this.tryReflectToAttribute(e),this.hasCallback&&e[this.callbackName](r,o),e.$fastController.notify(this.name))}getValue(e){return f.track(e,this.name),e[this.fieldName]}onAttributeChangedCallback(e,o){this.guards.has(e)||(this.guards.add(e),this.mode===vr?this.setValue(e,o!==null):this.setValue(e,o),this.guards.delete(e))}tryReflectToAttribute(e){let o=this.mode,r=this.guards;r.has(e)||o==="fromView"||$.enqueue(()=>{r.add(e);let n=e[this.fieldName];switch(o){case bn:{let a=this.converter;Re.setAttribute(e,this.attribute,a!==void 0?a.toView(n):n);break}case vr:Re.setBooleanAttribute(e,this.attribute,n);break}r.delete(e)})}static collect(e,...o){let r=[];o.push(Pt.locate(e));for(let n=0,a=o.length;n<a;++n){let i=o[n];if(i!==void 0)for(let c=0,p=i.length;c<p;++c){let u=i[c];ae(u)?r.push(new t(e,u)):r.push(new t(e,u.property,u.attribute,u.mode,u.converter))}}return r}};function d(t,e){let o;function r(n,a){arguments.length>1&&(o.property=a),Pt.locate(n.constructor).push(o)}if(arguments.length>1){o={},r(t,e);return}return o=t===void 0?{}:t,r}var xr;function yn(t){return t.reduce((e,o)=>(o instanceof se?e.push(...yn(o.styles)):e.push(o),e),[])}var se=class t{get strategy(){return this._strategy===null&&(xr||t.setDefaultStrategy(t.supportsAdoptedStyleSheets?qs():Ks()),this.withStrategy(xr)),this._strategy}constructor(e){this.styles=e,this.targets=new WeakSet,this._strategy=null}addStylesTo(e){this.strategy.addStylesTo(e),this.targets.add(e)}removeStylesFrom(e){this.strategy.removeStylesFrom(e),this.targets.delete(e)}isAttachedTo(e){return this.targets.has(e)}withStrategy(e){return this._strategy=new e(yn(this.styles)),this}static setDefaultStrategy(e){xr=e}static normalize(e){return e===void 0?void 0:Array.isArray(e)?new t(e):e instanceof t?e:new t([e])}};se.supportsAdoptedStyleSheets=Array.isArray(document.adoptedStyleSheets)&&"replace"in CSSStyleSheet.prototype;function qs(){let t=new Map;return class{constructor(o){this.sheets=o.map(r=>{if(r instanceof CSSStyleSheet)return r;let n=t.get(r);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(r),t.set(r,n)),n})}addStylesTo(o){let r=o;r.adoptedStyleSheets=[...r.adoptedStyleSheets,...this.sheets]}removeStylesFrom(o){let r=o;r.adoptedStyleSheets=r.adoptedStyleSheets.filter(n=>this.sheets.indexOf(n)===-1)}}}var Us=0;function Ks(){return class{constructor(e){this.styles=e,this.styleClass=`fast-${++Us}`}addStylesTo(e){let o=e===document?document.body:e;for(let r=0;r<this.styles.length;r++){let n=document.createElement("style");n.innerHTML=this.styles[r],n.className=this.styleClass,o.append(n)}}removeStylesFrom(e){let o=e===document?document.body:e,r=o.querySelectorAll(`.${this.styleClass}`);for(let n=0,a=r.length;n<a;++n)o.removeChild(r[n])}}}var Ys={},kn=new WeakMap,yr=kt(),Nt=Object.freeze({register(t){if(!yr.register(t))return!1;let e=Bn(t.registry);return Object.prototype.hasOwnProperty.call(e,t.name)||f.defineProperty(e,t.name),e[t.name]=t.type,!0},getByType:yr.getByType,getForInstance:yr.getForInstance,whenRegistered:Js});function Bn(t=customElements){if(t===customElements)return Ys;let e=kn.get(t);return e||(e={},kn.set(t,e)),e}function Sn(t){return t===void 0?void 0:Nt.getByType(t)}function Js(t,e=customElements){let o=Bn(e);Object.prototype.hasOwnProperty.call(o,t)||f.defineProperty(o,t);let r=Sn(o[t]);return r!==void 0?Promise.resolve(r):new Promise(n=>{let a=f.getNotifier(o),i={handleChange:()=>{let c=Sn(o[t]);c!==void 0&&(a.unsubscribe(i,t),n(c))}};a.subscribe(i,t)})}var Pn={mode:"open"},Nn={},wn=new Set,vo=new WeakMap,bo=new WeakMap,st=new WeakMap,$n=new WeakMap,Qs=new WeakMap;function Zs(t){return Fe(t)}function el(t){return typeof t?.then=="function"}function Fn(t,e){if(bo.delete(t),t.template===void 0&&e!==void 0&&(t.template=e),t.template!==void 0)return st.delete(t),vo.delete(t),t.template}function kr(t,e=t.registry,o){if(!o?.length)return;let r=t,n=$n.get(r);if(!n?.has(e)){n===void 0&&(n=new WeakSet,$n.set(r,n)),n.add(e);for(let a of o)a(t)}}function xo(t){var e;return(e=Qs.get(t))!==null&&e!==void 0?e:null}function Sr(t){if(t.template!==void 0)return st.delete(t),t.template;let e=bo.get(t);if(e)return e;let o=vo.get(t);if(!o)return;st.delete(t);let r;try{r=o(t)}catch(n){throw st.set(t,n),n}if(el(r)){let n=Promise.resolve(r).then(a=>Fn(t,a)).catch(a=>{throw bo.delete(t),st.set(t,a),a});return bo.set(t,n),n}return Fn(t,r)}function tl(t,e){let o=t;if(e===void 0){st.delete(o);return}st.set(o,e)}var Pe=class t{get isDefined(){return this.platformDefined}constructor(e,o=e.definition){var r;this.platformDefined=!1,ae(o)&&(o={name:o}),this.type=e,this.name=o.name,this.registry=(r=o.registry)!==null&&r!==void 0?r:customElements,Zs(o.template)?vo.set(this,o.template):this.template=o.template;let n=e.prototype,a=_t.collect(e,o.attributes),i=new Array(a.length),c={},p={};for(let u=0,l=a.length;u<l;++u){let g=a[u];i[u]=g.attribute,c[g.name]=g,p[g.attribute]=g,f.defineProperty(n,g)}Reflect.defineProperty(e,"observedAttributes",{value:i,enumerable:!0}),this.attributes=a,this.propertyLookup=c,this.attributeLookup=p,this.shadowOptions=o.shadowOptions===void 0?Pn:o.shadowOptions===null?void 0:Object.assign(Object.assign({},Pn),o.shadowOptions),this.elementOptions=o.elementOptions===void 0?Nn:Object.assign(Object.assign({},Nn),o.elementOptions),this.styles=se.normalize(o.styles),this.schema=o.schema,Nt.register(this)}define(e=this.registry,o){let r=this.type;if(!e.get(this.name)){if(kr(this,e,o),this.template===void 0&&vo.has(this))return Promise.resolve().then(()=>Sr(this)).then(n=>{n!==void 0&&!e.get(this.name)&&(this.platformDefined=!0,e.define(this.name,r,this.elementOptions))}).catch(n=>{tl(this,n),f.notify(this,"template")}),this;this.platformDefined=!0,e.define(this.name,r,this.elementOptions)}return this}static compose(e,o){let r=wn.has(e)||Nt.getByType(e)?new t(class extends e{},o):new t(e,o);return Promise.resolve(r)}static registerBaseType(e){wn.add(e)}};Pe.getByType=Nt.getByType;Pe.getForInstance=Nt.getForInstance;f.defineProperty(Pe.prototype,"template");var ol={bubbles:!0,composed:!0,cancelable:!0},Br="isConnected",Cn=new WeakMap,Pr=Symbol("fast-late-attribute-observer");function yo(t){var e,o;return(o=(e=t.shadowRoot)!==null&&e!==void 0?e:Cn.get(t))!==null&&o!==void 0?o:null}var Tn,le;(function(t){t[t.connecting=0]="connecting",t[t.connected=1]="connected",t[t.disconnecting=2]="disconnecting",t[t.disconnected=3]="disconnected"})(le||(le={}));var et=class t{get isConnected(){return f.track(this,Br),this.stage===le.connected}get context(){var e,o;return(o=(e=this.view)===null||e===void 0?void 0:e.context)!==null&&o!==void 0?o:Ee.default}get isBound(){var e,o;return(o=(e=this.view)===null||e===void 0?void 0:e.isBound)!==null&&o!==void 0?o:!1}get sourceLifetime(){var e;return(e=this.view)===null||e===void 0?void 0:e.sourceLifetime}get template(){var e;if(this._template===null){let o=this.definition;this.source.resolveTemplate?this._template=this.source.resolveTemplate():o.template&&(this._template=(e=o.template)!==null&&e!==void 0?e:null)}return this._template}set template(e){this._template!==e&&(this._template=e,this.needsInitialization||this.renderTemplate(e))}get shadowOptions(){return this._shadowRootOptions}set shadowOptions(e){if(this._shadowRootOptions===void 0&&e!==void 0){this._shadowRootOptions=e;let o=this.source.shadowRoot;o?this.hasExistingShadowRoot=!0:(o=this.source.attachShadow(e),e.mode==="closed"&&Cn.set(this.source,o))}}get mainStyles(){var e;if(this._mainStyles===null){let o=this.definition;this.source.resolveStyles?this._mainStyles=this.source.resolveStyles():o.styles&&(this._mainStyles=(e=o.styles)!==null&&e!==void 0?e:null)}return this._mainStyles}set mainStyles(e){this._mainStyles!==e&&(this._mainStyles!==null&&this.removeStyles(this._mainStyles),this._mainStyles=e,this.needsInitialization||this.addStyles(e))}constructor(e,o){this.boundObservables=null,this.needsInitialization=!0,this.hasExistingShadowRoot=!1,this.isPrerendered=new Promise(a=>{this._resolvePrerendered=a}),this.isHydrated=new Promise(a=>{this._resolveHydrated=a}),this._template=null,this.stage=le.disconnected,this.guardBehaviorConnection=!1,this.behaviors=null,this.behaviorsConnected=!1,this._mainStyles=null,this.$fastController=this,this.view=null,this._notifier=new Bt(e),this.source=e,this.definition=o,this.shadowOptions=o.shadowOptions;let r=Reflect.getPrototypeOf(e),n=r===null?[]:f.getAccessors(r);if(n.length>0){let a=this.boundObservables=Object.create(null);for(let i=0,c=n.length;i<c;++i){let p=n[i].name,u=e[p];u!==void 0&&(delete e[p],a[p]=u)}Object.keys(a).length===0&&(this.boundObservables=null)}this.captureBoundObservables()}get subject(){return this._notifier.subject}notify(e){this._notifier.notify(e)}subscribe(e,o){this._notifier.subscribe(e,o)}unsubscribe(e,o){this._notifier.unsubscribe(e,o)}onUnbind(e){var o;(o=this.view)===null||o===void 0||o.onUnbind(e)}addBehavior(e){var o,r;let n=(o=this.behaviors)!==null&&o!==void 0?o:this.behaviors=new Map,a=(r=n.get(e))!==null&&r!==void 0?r:0;a===0?(n.set(e,1),e.addedCallback&&e.addedCallback(this),e.connectedCallback&&!this.guardBehaviorConnection&&(this.stage===le.connected||this.stage===le.connecting)&&e.connectedCallback(this)):n.set(e,a+1)}removeBehavior(e,o=!1){let r=this.behaviors;if(r===null)return;let n=r.get(e);n!==void 0&&(n===1||o?(r.delete(e),e.disconnectedCallback&&this.stage!==le.disconnected&&e.disconnectedCallback(this),e.removedCallback&&e.removedCallback(this)):r.set(e,n-1))}addStyles(e){var o;if(!e)return;let r=this.source;e instanceof HTMLElement?((o=yo(r))!==null&&o!==void 0?o:this.source).append(e):e.isAttachedTo(r)||e.addStylesTo(r)}removeStyles(e){var o;if(!e)return;let r=this.source;e instanceof HTMLElement?((o=yo(r))!==null&&o!==void 0?o:r).removeChild(e):e.isAttachedTo(r)&&e.removeStylesFrom(r)}connect(){this.stage===le.disconnected&&(this.stage=le.connecting,this.captureBoundObservables(),this.syncLateAttributes(),this.observeLateAttributes(),this.bindObservables(),this.connectBehaviors(),this.needsInitialization?(this.renderTemplate(this.template),this.addStyles(this.mainStyles),this.needsInitialization=!1):this.view!==null&&this.view.bind(this.source),this.stage=le.connected,f.notify(this,Br))}bindObservables(){if(this.boundObservables!==null){let e=this.source,o=this.boundObservables,r=Object.keys(o);for(let n=0,a=r.length;n<a;++n){let i=r[n];e[i]=o[i]}this.boundObservables=null}}captureBoundObservables(){let e=this.source,o=Object.getOwnPropertyNames(e),r=a=>{let i=Reflect.getPrototypeOf(e);for(;i!==null;){let c=Reflect.getOwnPropertyDescriptor(i,a);if(c?.get||c?.set)return!0;i=Reflect.getPrototypeOf(i)}return!1},n=this.boundObservables;for(let a=0,i=o.length;a<i;++a){let p=o[a];if(!r(p))continue;let u=e[p];if(u===void 0){delete e[p];continue}delete e[p],(n??(n=this.boundObservables=Object.create(null)))[p]=u}}syncLateAttributes(){let e=xo(this.definition);if(e!==null)for(let o of Object.keys(e))this.source.hasAttribute(o)&&this.onAttributeChangedCallback(o,null,this.source.getAttribute(o))}observeLateAttributes(){let e=xo(this.definition);if(e===null)return;let o=this.source;o[Pr]===void 0&&(o[Pr]=new MutationObserver(r=>{let n=o.$fastController,a=xo(n.definition);if(a!==null)for(let i=0,c=r.length;i<c;++i){let p=r[i].attributeName;p===null||a[p]===void 0||n.onAttributeChangedCallback(p,null,o.getAttribute(p))}}),o[Pr].observe(o,{attributes:!0,attributeFilter:Object.keys(e)}))}connectBehaviors(){if(this.behaviorsConnected===!1){let e=this.behaviors;if(e!==null){this.guardBehaviorConnection=!0;for(let o of e.keys())o.connectedCallback&&o.connectedCallback(this);this.guardBehaviorConnection=!1}this.behaviorsConnected=!0}}disconnectBehaviors(){if(this.behaviorsConnected===!0){let e=this.behaviors;if(e!==null)for(let o of e.keys())o.disconnectedCallback&&o.disconnectedCallback(this);this.behaviorsConnected=!1}}disconnect(){this.stage===le.connected&&(this.stage=le.disconnecting,f.notify(this,Br),this.view!==null&&this.view.unbind(),this.disconnectBehaviors(),this.stage=le.disconnected)}onAttributeChangedCallback(e,o,r){let n=this.definition.attributeLookup[e];n!==void 0&&n.onAttributeChangedCallback(this.source,r)}emit(e,o,r){return this.stage===le.connected?this.source.dispatchEvent(new CustomEvent(e,Object.assign(Object.assign({detail:o},ol),r))):!1}renderTemplate(e){var o;let r=this.source,n=(o=yo(r))!==null&&o!==void 0?o:r;if(this.view!==null)this.view.dispose(),this.view=null;else if((!this.needsInitialization||this.hasExistingShadowRoot)&&(!this.hasExistingShadowRoot||!this.needsInitialization))for(let a=n.firstChild;a!==null;a=n.firstChild)n.removeChild(a);if(e){let a=this.hasExistingShadowRoot&&this.needsInitialization,i=!1;a&&t.hydrationHook&&(i=t.hydrationHook(this,e,r,n)),i||this.renderClientSide(e,r,n),this._resolvePrerendered(a),this._resolveHydrated(i)}else this.needsInitialization&&(this._resolvePrerendered(!1),this._resolveHydrated(!1))}renderClientSide(e,o,r){if(this.hasExistingShadowRoot){for(let n=r.firstChild;n!==null;n=r.firstChild)r.removeChild(n);this.hasExistingShadowRoot=!1}this.view=e.render(o,r,o),this.view.sourceLifetime=Ze.coupled}static forCustomElement(e,o=!1){let r=e.$fastController;if(r!==void 0&&!o)return r;let n=Pe.getForInstance(e);if(n===void 0)throw E.error(C.missingElementDefinition);return f.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"template"),f.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"shadowOptions"),e.$fastController=new Tn(e,n)}static setStrategy(e){Tn=e}static installHydrationHook(e){t.hydrationHook=e}};et.hydrationHook=null;ie(et);et.setStrategy(et);function ko(t){var e;return"adoptedStyleSheets"in t?t:(e=yo(t))!==null&&e!==void 0?e:t.getRootNode()}var So=class t{constructor(e){let o=t.styleSheetCache;this.sheets=e.map(r=>{if(r instanceof CSSStyleSheet)return r;let n=o.get(r);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(r),o.set(r,n)),n})}addStylesTo(e){In(ko(e),this.sheets)}removeStylesFrom(e){Hn(ko(e),this.sheets)}};So.styleSheetCache=new Map;var rl=0,nl=()=>`fast-${++rl}`;function An(t){return t===document?document.body:t}var Nr=class{constructor(e){this.styles=e,this.styleClass=nl()}addStylesTo(e){e=An(ko(e));let o=this.styles,r=this.styleClass;for(let n=0;n<o.length;n++){let a=document.createElement("style");a.innerHTML=o[n],a.className=r,e.append(a)}}removeStylesFrom(e){e=An(ko(e));let o=e.querySelectorAll(`.${this.styleClass}`);for(let r=0,n=o.length;r<n;++r)e.removeChild(o[r])}},In=(t,e)=>{t.adoptedStyleSheets=[...t.adoptedStyleSheets,...e]},Hn=(t,e)=>{t.adoptedStyleSheets=t.adoptedStyleSheets.filter(o=>e.indexOf(o)===-1)};if(se.supportsAdoptedStyleSheets){try{document.adoptedStyleSheets.push(),document.adoptedStyleSheets.splice(),In=(t,e)=>{t.adoptedStyleSheets.push(...e)},Hn=(t,e)=>{for(let o of e){let r=t.adoptedStyleSheets.indexOf(o);r!==-1&&t.adoptedStyleSheets.splice(r,1)}}}catch{}se.setDefaultStrategy(So)}else se.setDefaultStrategy(Nr);function Dn(t){let e=class extends t{constructor(){super(),et.forCustomElement(this)}$emit(o,r,n){return this.$fastController.emit(o,r,n)}connectedCallback(){this.$fastController.connect()}disconnectedCallback(){this.$fastController.disconnect()}attributeChangedCallback(o,r,n){this.$fastController.onAttributeChangedCallback(o,r,n)}};return Pe.registerBaseType(e),e}function al(t){return typeof t?.then=="function"}function il(t,e,o){return Array.isArray(e)&&(o=e,e=void 0),(Fe(t)?Pe.compose(t,e):Pe.compose(this,t)).then(n=>{kr(n,n.registry,o);let a=Sr(n);return al(a)?a.then(()=>n.define().type):n.define().type})}function sl(t){return Dn(t)}var L=Object.assign(Dn(HTMLElement),{from:sl,define:il});function Bo(t,e,o){return Object.assign({},o,{get(){return f.trackVolatile(),o.get.apply(this)}})}var wr=kt(),$r=Object.freeze({getForInstance:wr.getForInstance,getByType:wr.getByType,define(t){return wr.register({type:t}),t}});function On(t,e){let o=[],r="";for(let n=0,a=t.length-1;n<a;++n){r+=t[n];let i=e[n];$r.getForInstance(i)!==void 0&&(i=i.createCSS()),i instanceof se||i instanceof CSSStyleSheet?(r.trim()!==""&&(o.push(r),r=""),o.push(i)):r+=i}return r+=t[t.length-1],r.trim()!==""&&o.push(r),o}var b=((t,...e)=>new se(On(t,e))),Po=class{constructor(e){this.value=e.length===0?"":e.length===1?e[0]:new se(e)}createCSS(){return this.value}};$r.define(Po);b.partial=(t,...e)=>new Po(On(t,e));var Fr=`fast-${Math.random().toString(36).substring(2,8)}`,No=`${Fr}{`,Wt=`}${Fr}`,ll=Wt.length,cl=0,jt=()=>`${Fr}-${++cl}`,wo=Object.freeze({interpolation:t=>`${No}${t}${Wt}`,attribute:t=>`${jt()}="${No}${t}${Wt}"`,comment:t=>`<!--${No}${t}${Wt}-->`}),Gt=Object.freeze({parse(t,e){let o=t.split(No);if(o.length===1)return null;let r=[];for(let n=0,a=o.length;n<a;++n){let i=o[n],c=i.indexOf(Wt),p;if(c===-1)p=i;else{let u=i.substring(0,c);r.push(e[u]),p=i.substring(c+ll)}p!==""&&r.push(p)}return r}});var Tr=kt(),Z=Object.freeze({getForInstance:Tr.getForInstance,getByType:Tr.getByType,define(t,e){return e=e||{},e.type=t,Tr.register(e),t},assignAspect(t,e){if(!e){t.aspectType=z.content;return}switch(t.sourceAspect=e,e[0]){case":":t.targetAspect=e.substring(1),t.aspectType=t.targetAspect==="classList"?z.tokenList:z.property;break;case"?":t.targetAspect=e.substring(1),t.aspectType=z.booleanAttribute;break;case"@":t.targetAspect=e.substring(1),t.aspectType=z.event;break;default:t.targetAspect=e,t.aspectType=z.attribute;break}}});var lt=class{constructor(e){this.options=e}createHTML(e){return wo.attribute(e(this))}createBehavior(){return this}};ie(lt);var dl=t=>t.nodeType===1,qt=t=>t?e=>e.nodeType===1&&e.matches(t):dl,Xt=class extends lt{get id(){return this._id}set id(e){this._id=e,this._controllerProperty=`${e}-c`}bind(e){let o=e.targets[this.targetNodeId];o[this._controllerProperty]=e,this.updateTarget(e.source,this.computeNodes(o)),this.observe(o),e.onUnbind(this)}unbind(e){let o=e.targets[this.targetNodeId];this.updateTarget(e.source,hn),this.disconnect(o),o[this._controllerProperty]=null}getSource(e){return e[this._controllerProperty].source}updateTarget(e,o){e[this.options.property]=o}computeNodes(e){let o=this.getNodes(e);return"filter"in this.options&&(o=o.filter(this.options.filter)),o}};var Ln=/fe-b\$\$start\$\$(\d+)\$\$(.+)\$\$fe-b/,ul=/fe-b\$\$end\$\$(\d+)\$\$(.+)\$\$fe-b/,pl=/fe-repeat\$\$start\$\$(\d+)\$\$fe-repeat/,hl=/fe-repeat\$\$end\$\$(\d+)\$\$fe-repeat/,gl=/^(?:.{0,1000})fe-eb\$\$start\$\$(.+?)\$\$fe-eb/,fl=/fe-eb\$\$end\$\$(.{0,1000})\$\$fe-eb(?:.{0,1000})$/;function Mn(t){return t&&t.nodeType===Node.COMMENT_NODE}var ve=Object.freeze({attributeMarkerName:"data-fe",legacyAttributeMarkerName:"data-fe-b",legacyCompactAttributeMarkerName:"data-fe-c",contentBindingStartMarker(){return"fe:b"},contentBindingEndMarker(){return"fe:/b"},repeatStartMarker(){return"fe:r"},repeatEndMarker(){return"fe:/r"},elementBoundaryStartMarker(){return"fe:e"},elementBoundaryEndMarker(){return"fe:/e"},isContentBindingStartMarker(t){return t==="fe:b"||Ln.test(t)},isContentBindingEndMarker(t){return t==="fe:/b"||ul.test(t)},isRepeatViewStartMarker(t){return t==="fe:r"||pl.test(t)},isRepeatViewEndMarker(t){return t==="fe:/r"||hl.test(t)},isElementBoundaryStartMarker(t){return Mn(t)&&(t.data==="fe:e"||gl.test(t.data))},isElementBoundaryEndMarker(t){return Mn(t)&&(t.data==="fe:/e"||fl.test(t.data))},parseAttributeBindingCount(t){let e=t.getAttribute(this.attributeMarkerName);if(e===null)return null;let o=e.trim();if(!/^\d+$/.test(o))throw E.error(C.invalidHydrationAttributeMarker,{value:e});let r=parseInt(o,10);if(r<1)throw E.error(C.invalidHydrationAttributeMarker,{value:e});return r},parseLegacyAttributeBindingIndices(t){let e=[],o=t.getAttribute(this.legacyAttributeMarkerName);if(o!==null)for(let a of o.trim().split(/\s+/)){if(a==="")continue;let i=Number(a);if(!Number.isInteger(i)||i<0)throw E.error(C.invalidHydrationAttributeMarker,{value:o});e.push(i)}let r=`${this.legacyAttributeMarkerName}-`,n=`${this.legacyCompactAttributeMarkerName}-`;for(let a of t.getAttributeNames())if(a.startsWith(r)){let i=Number(a.slice(r.length));if(!Number.isInteger(i)||i<0)throw E.error(C.invalidHydrationAttributeMarker,{value:a});e.push(i)}else if(a.startsWith(n)){let[i,c]=a.slice(n.length).split("-").map(p=>Number(p));if(!Number.isInteger(i)||!Number.isInteger(c)||i<0||c<1)throw E.error(C.invalidHydrationAttributeMarker,{value:a});for(let p=0;p<c;p++)e.push(i+p)}return e.length===0?null:e},removeLegacyAttributeBindingMarkers(t){t.removeAttribute(this.legacyAttributeMarkerName);for(let e of t.getAttributeNames())(e.startsWith(`${this.legacyAttributeMarkerName}-`)||e.startsWith(`${this.legacyCompactAttributeMarkerName}-`))&&t.removeAttribute(e)},parseLegacyContentBindingStartIndex(t){return ml(Ln,t)}});function ml(t,e){let o=t.exec(e);return o===null?null:Number(o[1])}var Ut=Symbol.for("fe-hydration");function $o(t){return t[Ut]===Ut}var En="unknown";function Rn(t,e){let o=e?`: ${e}`:"";return`Hydration mismatch in <${t}>${o}. Install hydrationDebugger() from "@microsoft/fast-element/hydration.js" and pass it as enableHydration({ debugger: hydrationDebugger() }) for an "Expected / Received" report including the SSR HTML snippet.`}var zn="content following `<!--fe:b-->` content binding marker",_n="matching `<!--fe:/b-->` content binding close marker",Vn="matching `<!--fe:/e-->` element boundary close marker";function Ar(t){return`no more attribute bindings (template defines ${t})`}function Wn(t){return`no more content bindings (template defines ${t})`}function jn(t,e){let o=(t??En).toLowerCase();return Rn(o,e)}var bl={formatBindingMismatch(t,e,o,r){return{message:jn(r,void 0)}},formatStructuralError(t,e,o){return{message:jn(e,o)}}},vl=bl;function ze(){return vl}function _e(t){var e;return t?(e=t.getRootNode().host)===null||e===void 0?void 0:e.nodeName:void 0}var Ae=class extends Error{constructor(e,o,r,n,a){super(e),this.factories=o,this.node=r,this.expected=n,this.received=a}};function Cr(t){return t.nodeType===Node.COMMENT_NODE}function Gn(t){return t.nodeType===Node.TEXT_NODE}function Ir(t,e){let o=document.createRange();return o.setStart(t,0),o.setEnd(e,Cr(e)||Gn(e)?e.data.length:e.childNodes.length),o}function Xn(t,e,o){let r=Ir(t,e),n=r.commonAncestorContainer,a=document.createTreeWalker(n,NodeFilter.SHOW_ELEMENT+NodeFilter.SHOW_COMMENT+NodeFilter.SHOW_TEXT,{acceptNode(g){return r.comparePoint(g,0)===0?NodeFilter.FILTER_ACCEPT:NodeFilter.FILTER_REJECT}}),i={},c={},p=kl(o),u=p,l=a.currentNode=t;for(;l!==null;){switch(l.nodeType){case Node.ELEMENT_NODE:{let g=l,x=ve.parseLegacyAttributeBindingIndices(g);if(x!==null){for(let R of x){let Q=R+p,Je=o[Q];if(!Je){let zt=Ar(o.length),hr=ze().formatStructuralError(l,_e(l),zt);throw new Ae(hr.message,o,g,hr.expected,hr.received)}wt(Je,l,i),u=Math.max(u,Q+1)}ve.removeLegacyAttributeBindingMarkers(g);break}let w=ve.parseAttributeBindingCount(g);if(w!==null){for(let R=0;R<w;R++){let Q=o[u++];if(!Q){let Je=Ar(o.length),zt=ze().formatStructuralError(l,_e(l),Je);throw new Ae(zt.message,o,l,zt.expected,zt.received)}wt(Q,l,i)}g.removeAttribute(ve.attributeMarkerName)}break}case Node.COMMENT_NODE:{let g=l.data;if(ve.isElementBoundaryStartMarker(l))l.data="",yl(a,o,l);else if(ve.isContentBindingStartMarker(g)){let x=ve.parseLegacyContentBindingStartIndex(g),w=x===null?u++:x+p,R=o[w];if(u=Math.max(u,w+1),!R){let Q=Wn(o.length),Je=ze().formatStructuralError(l,_e(l),Q);throw new Ae(Je.message,o,l,Je.expected,Je.received)}xl(l,a,R,o,i,c)}break}}l=a.nextNode()}return r.detach(),{targets:i,boundaries:c}}function xl(t,e,o,r,n,a){let i=[],c=e.nextSibling();if(t.data="",c===null){let l=zn,g=ze().formatStructuralError(t,_e(t),l);throw new Ae(g.message,r,t,g.expected,g.received)}let p=c,u=0;for(;c!==null;){if(Cr(c)){if(ve.isContentBindingStartMarker(c.data))u++;else if(ve.isContentBindingEndMarker(c.data)){if(u===0)break;u--}}i.push(c),c=e.nextSibling()}if(c===null){let l=_n,g=ze().formatStructuralError(t,_e(t),l);throw new Ae(g.message,r,t,g.expected,g.received)}if(c.data="",i.length===1&&Gn(i[0]))wt(o,i[0],n);else{c!==p&&c.previousSibling!==null&&(a[o.targetNodeId]={first:p,last:c.previousSibling});let l=c.parentNode.insertBefore(document.createTextNode(""),c);wt(o,l,n)}}function yl(t,e,o){let r=0,n=t.nextSibling();for(;n!==null;){if(Cr(n)){if(ve.isElementBoundaryStartMarker(n))n.data="",r++;else if(ve.isElementBoundaryEndMarker(n)){if(r===0){n.data="";return}n.data="",r--}}n=t.nextSibling()}let a=Vn,i=ze().formatStructuralError(o,_e(o),a);throw new Ae(i.message,e,o,i.expected,i.received)}function kl(t){let e=0;for(let o=0,r=t.length;o<r&&t[o].targetNodeId==="h";++o)e++;return e}function wt(t,e,o){if(t.targetNodeId===void 0)throw new Error("Factory could not be target to the node");o[t.targetNodeId]=e}function $t(t,e){let o=t.parentNode,r=t,n;for(;r!==e;){if(n=r.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${e.getRootNode().host.nodeName}".`);o.removeChild(r),r=n}o.removeChild(e)}var Kt=class{constructor(){this.index=0,this.length=0}get event(){return Ee.getEvent()}get isEven(){return this.index%2===0}get isOdd(){return this.index%2!==0}get isFirst(){return this.index===0}get isInMiddle(){return!this.isFirst&&!this.isLast}get isLast(){return this.index===this.length-1}eventDetail(){return this.event.detail}eventTarget(){return this.event.target}},ct=class extends Kt{constructor(e,o,r){super(),this.fragment=e,this.factories=o,this.targets=r,this.behaviors=null,this.unbindables=[],this.source=null,this.isBound=!1,this.sourceLifetime=Ze.unknown,this._skipAttrUpdates=!1,this.isPrerendered=Promise.resolve(!1),this.isHydrated=Promise.resolve(!1),this.context=this,this.firstChild=e.firstChild,this.lastChild=e.lastChild}appendTo(e){e.appendChild(this.fragment)}insertBefore(e){if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let o=this.lastChild;if(e.previousSibling===o)return;let r=e.parentNode,n=this.firstChild,a;for(;n!==o;)a=n.nextSibling,r.insertBefore(n,e),n=a;r.insertBefore(o,e)}}remove(){let e=this.fragment,o=this.lastChild,r=this.firstChild,n;for(;r!==o;)n=r.nextSibling,e.appendChild(r),r=n;e.appendChild(o)}dispose(){$t(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}bind(e,o=this){if(this.source===e&&this.context===o)return;let r=this.behaviors;if(r===null){this.source=e,this.context=o,this.behaviors=r=new Array(this.factories.length);let n=this.factories;for(let a=0,i=n.length;a<i;++a){let c=n[a].createBehavior();c.bind(this),r[a]=c}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=o;for(let n=0,a=r.length;n<a;++n)r[n].bind(this)}this.isBound=!0}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}evaluateUnbindables(){let e=this.unbindables;for(let o=0,r=e.length;o<r;++o)e[o].unbind(this);e.length=0}static disposeContiguousBatch(e){if(e.length!==0){$t(e[0].firstChild,e[e.length-1].lastChild);for(let o=0,r=e.length;o<r;++o)e[o].unbind()}}};ie(ct);f.defineProperty(ct.prototype,"index");f.defineProperty(ct.prototype,"length");var qn,dt={unhydrated:"unhydrated",hydrating:"hydrating",hydrated:"hydrated"},Hr=class extends Error{constructor(e,o,r,n,a,i){super(e),this.factory=o,this.fragment=r,this.templateString=n,this.expected=a,this.received=i}},Dr=class extends Kt{get hydrationStage(){return this._hydrationStage}get targets(){return this._targets}get bindingViewBoundaries(){return this._bindingViewBoundaries}constructor(e,o,r,n){super(),this.firstChild=e,this.lastChild=o,this.sourceTemplate=r,this.hostBindingTarget=n,this[qn]=Ut,this.context=this,this.source=null,this.isBound=!1,this.sourceLifetime=Ze.unknown,this.unbindables=[],this.fragment=null,this.behaviors=null,this._hydrationStage=dt.unhydrated,this._bindingViewBoundaries={},this._targets={},this.factories=r.compile().factories}insertBefore(e){if(this.fragment!==null)if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let o=this.lastChild;if(e.previousSibling===o)return;let r=e.parentNode,n=this.firstChild,a;for(;n!==o;)a=n.nextSibling,r.insertBefore(n,e),n=a;r.insertBefore(o,e)}}appendTo(e){this.fragment!==null&&e.appendChild(this.fragment)}remove(){let e=this.fragment||(this.fragment=document.createDocumentFragment()),o=this.lastChild,r=this.firstChild,n;for(;r!==o;){if(n=r.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${o.getRootNode().host.nodeName}".`);e.appendChild(r),r=n}e.appendChild(o)}bind(e,o=this){if(this.source===e&&this.context===o)return;this.hydrationStage!==dt.hydrated&&(this._hydrationStage=dt.hydrating);let r=this.behaviors;if(r===null){this.source=e,this.context=o;try{let{targets:a,boundaries:i}=Xn(this.firstChild,this.lastChild,this.factories);this._targets=a,this._bindingViewBoundaries=i}catch(a){if(a instanceof Ae){let i=this.sourceTemplate.html;typeof i!="string"&&(i=i.innerHTML),a.templateString=i}throw a}this.behaviors=r=new Array(this.factories.length);let n=this.factories;for(let a=0,i=n.length;a<i;++a){let c=n[a];if(c.targetNodeId==="h"&&this.hostBindingTarget&&wt(c,this.hostBindingTarget,this._targets),c.targetNodeId in this.targets){let p=c.createBehavior();p.bind(this),r[a]=p}else{let p=this.sourceTemplate.html;typeof p!="string"&&(p=p.innerHTML);let u=Ir(this.firstChild,this.lastChild).cloneContents(),l=ze().formatBindingMismatch(c,this.firstChild,this.lastChild,_e(this.firstChild));throw new Hr(l.message,c,u,p,l.expected,l.received)}}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=o;for(let n=0,a=r.length;n<a;++n)r[n].bind(this)}this.isBound=!0,this._hydrationStage=dt.hydrated}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}dispose(){$t(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}evaluateUnbindables(){let e=this.unbindables;for(let o=0,r=e.length;o<r;++o)e[o].unbind(this);e.length=0}};qn=Ut;ie(Dr);function Sl(t){return t.create!==void 0}function Bl(t,e,o,r){if(o==null&&(o=""),Sl(o)){t.textContent="";let n=t.$fastView;if(n===void 0)if($o(r)&&$o(o)&&r.bindingViewBoundaries[this.targetNodeId]!==void 0&&r.hydrationStage!==dt.hydrated){let a=r.bindingViewBoundaries[this.targetNodeId];n=o.hydrate(a.first,a.last)}else n=o.create();else t.$fastTemplate!==o&&(n.isComposed&&(n.remove(),n.unbind()),n=o.create());n.isComposed?n.needsBindOnly&&(n.needsBindOnly=!1,n.bind(r.source,r.context)):(n.isComposed=!0,n.bind(r.source,r.context),n.insertBefore(t),t.$fastView=n,t.$fastTemplate=o)}else{let n=t.$fastView;if(n!==void 0&&n.isComposed&&(n.isComposed=!1,n.remove(),n.needsBindOnly?n.needsBindOnly=!1:n.unbind()),n===void 0&&$o(r)&&r.hydrationStage!==dt.hydrated){let a=r.bindingViewBoundaries[this.targetNodeId];a!==void 0&&($t(a.first,a.last),delete r.bindingViewBoundaries[this.targetNodeId])}t.textContent=o}}function Pl(t,e,o){var r;let n=`${this.id}-t`,a=(r=t[n])!==null&&r!==void 0?r:t[n]={v:0,cv:Object.create(null)},i=a.cv,c=a.v,p=t[e];if(o!=null&&o.length){let u=o.split(/\s+/);for(let l=0,g=u.length;l<g;++l){let x=u[l];x!==""&&(i[x]=c,p.add(x))}}if(a.v=c+1,c!==0){c-=1;for(let u in i)i[u]===c&&p.remove(u)}}var Nl={[z.attribute]:Re.setAttribute,[z.booleanAttribute]:Re.setBooleanAttribute,[z.property]:(t,e,o)=>t[e]=o,[z.content]:Bl,[z.tokenList]:Pl,[z.event]:()=>{}},Ce=class{constructor(e){this.updateTarget=null,this.aspectType=z.content,this.dataBinding=e}createHTML(e){return wo.interpolation(e(this))}createBehavior(){var e;if(this.updateTarget===null){let o=Nl[this.aspectType],r=(e=this.dataBinding.policy)!==null&&e!==void 0?e:this.policy;if(!o)throw E.error(C.unsupportedBindingBehavior);this.data=`${this.id}-d`,this.updateTarget=r.protect(this.targetTagName,this.aspectType,this.targetAspect,o)}return this}bind(e){var o;let r=e.targets[this.targetNodeId];switch(this.aspectType){case z.event:r[this.data]=e,r.addEventListener(this.targetAspect,this,this.dataBinding.options);break;case z.content:e.onUnbind(this);default:{let n=(o=r[this.data])!==null&&o!==void 0?o:r[this.data]=this.dataBinding.createObserver(this,this);n.target=r,n.controller=e;let a=n.bind(e);if(e._skipAttrUpdates&&(this.aspectType===z.attribute||this.aspectType===z.booleanAttribute))break;this.updateTarget(r,this.targetAspect,a,e);break}}}unbind(e){let r=e.targets[this.targetNodeId].$fastView;r!==void 0&&r.isComposed&&(r.unbind(),r.needsBindOnly=!0)}handleEvent(e){let o=e.currentTarget[this.data];if(o.isBound){Ee.setEvent(e);let r=this.dataBinding.evaluate(o.source,o.context);Ee.setEvent(null),r!==!0&&e.preventDefault()}}handleChange(e,o){let r=o.controller;if(!r.isBound)return;let n=o.target;this.updateTarget(n,this.targetAspect,o.bind(r),r)}};Z.define(Ce,{aspected:!0});var Jn=(t,e)=>`${t}.${e}`,Un={},Ie={index:0,node:null};function Kn(t){t.startsWith("fast-")||E.warn(C.hostBindingWithoutHost,{name:t})}var wl=new Proxy(document.createElement("div"),{get(t,e){Kn(e);let o=Reflect.get(t,e);return Fe(o)?o.bind(t):o},set(t,e,o){return Kn(e),Reflect.set(t,e,o)}}),Or=class{constructor(e,o,r){this.fragment=e,this.directives=o,this.policy=r,this.proto=null,this.nodeIds=new Set,this.descriptors={},this.factories=[]}addFactory(e,o,r,n,a){var i,c;this.nodeIds.has(r)||(this.nodeIds.add(r),this.addTargetDescriptor(o,r,n)),e.id=(i=e.id)!==null&&i!==void 0?i:jt(),e.targetNodeId=r,e.targetTagName=a,e.policy=(c=e.policy)!==null&&c!==void 0?c:this.policy,this.factories.push(e)}freeze(){return this.proto=Object.create(null,this.descriptors),this}addTargetDescriptor(e,o,r){let n=this.descriptors;if(o==="r"||o==="h"||n[o])return;if(!n[e]){let i=e.lastIndexOf("."),c=e.substring(0,i),p=parseInt(e.substring(i+1),10);this.addTargetDescriptor(c,e,p)}let a=Un[o];if(!a){let i=`_${o}`;Un[o]=a={get(){var c;return(c=this[i])!==null&&c!==void 0?c:this[i]=this[e].childNodes[r]}}}n[o]=a}createView(e){let o=this.fragment.cloneNode(!0),r=Object.create(this.proto);r.r=o,r.h=e??wl;for(let n of this.nodeIds)Reflect.get(r,n);return new ct(o,this.factories,r)}};function Qn(t,e,o,r,n,a=!1){let i=o.attributes,c=t.directives;for(let p=0,u=i.length;p<u;++p){let l=i[p],g=l.value,x=Gt.parse(g,c),w=null;x===null?a&&(w=new Ce(go(()=>g,t.policy)),Z.assignAspect(w,l.name)):w=Fo.aggregate(x,t.policy),w!==null&&(o.removeAttributeNode(l),p--,u--,t.addFactory(w,e,r,n,o.tagName))}}function $l(t,e,o,r,n){let a=Gt.parse(e.textContent,t.directives);if(a===null)return Ie.node=e.nextSibling,Ie.index=n+1,Ie;let i,c=i=e;for(let p=0,u=a.length;p<u;++p){let l=a[p];p!==0&&(n++,r=Jn(o,n),i=c.parentNode.insertBefore(document.createTextNode(""),c.nextSibling)),ae(l)?i.textContent=l:(i.textContent=" ",Z.assignAspect(l),t.addFactory(l,o,r,n,null)),c=i}return Ie.index=n+1,Ie.node=c.nextSibling,Ie}function Zn(t,e,o){let r=0,n=e.firstChild;for(;n;){let a=Fl(t,o,n,r);n=a.node,r=a.index}}function Fl(t,e,o,r){let n=Jn(e,r);switch(o.nodeType){case 1:Qn(t,e,o,n,r),Zn(t,o,n);break;case 3:return $l(t,o,e,n,r);case 8:{let a=Gt.parse(o.data,t.directives);a!==null&&t.addFactory(Fo.aggregate(a),e,n,r,null);break}}return Ie.index=r+1,Ie.node=o.nextSibling,Ie}function Tl(t,e){return t&&t.nodeType===8&&Gt.parse(t.data,e)!==null}var Yn="TEMPLATE",Fo={compile(t,e,o=Re.policy){let r;if(ae(t)){r=document.createElement(Yn),r.innerHTML=o.createHTML(t);let i=r.content.firstElementChild;i!==null&&i.tagName===Yn&&(r=i)}else r=t;!r.content.firstChild&&!r.content.lastChild&&r.content.appendChild(document.createComment(""));let n=document.adoptNode(r.content),a=new Or(n,e,o);return Qn(a,"",r,"h",0,!0),(Tl(n.firstChild,e)||n.childNodes.length===1&&Object.keys(e).length>0)&&n.insertBefore(document.createComment(""),n.firstChild),Zn(a,n,"r"),Ie.node=null,a.freeze()},setDefaultStrategy(t){this.compile=t},aggregate(t,e=Re.policy){if(t.length===1)return t[0];let o,r=!1,n,a=t.length,i=t.map(u=>ae(u)?()=>u:(o=u.sourceAspect||o,r=r||u.dataBinding.isVolatile,n=n||u.dataBinding.policy,u.dataBinding.evaluate)),c=(u,l)=>{let g="";for(let x=0;x<a;++x)g+=i[x](u,l);return g},p=new Ce(fo(c,n??e,r));return Z.assignAspect(p,o),p}};var Yt=class extends lt{bind(e){e.source[this.options]=e.targets[this.targetNodeId]}};Z.define(Yt);var ee=t=>new Yt(t);var Al=/([ \x09\x0a\x0c\x0d])([^\0-\x1F\x7F-\x9F "'>=/]+)([ \x09\x0a\x0c\x0d]*=[ \x09\x0a\x0c\x0d]*(?:[^ \x09\x0a\x0c\x0d"'`<>=]*|"[^"]*|'[^']*))$/,Cl=Object.create(null),Ne=class{constructor(e,o=Cl){this.html=e,this.factories=o}createHTML(e){let o=this.factories;for(let r in o)e(o[r]);return this.html}};Ne.empty=new Ne("");Z.define(Ne);function Il(t,e,o,r=Z.getForInstance(t)){if(r.aspected){let n=Al.exec(e);n!==null&&Z.assignAspect(t,n[2])}return t.createHTML(o)}var Jt=class t{constructor(e,o={},r){this.policy=r,this.result=null,this.html=e,this.factories=o}compile(){return this.result===null&&(this.result=Fo.compile(this.html,this.factories,this.policy)),this.result}inline(){return new Ne(ae(this.html)?this.html:this.html.innerHTML,this.factories)}withPolicy(e){if(this.result)throw E.error(C.cannotSetTemplatePolicyAfterCompilation);if(this.policy)throw E.error(C.onlySetTemplatePolicyOnce);return this.policy=e,this}render(e,o,r){let n=this.create(r);return n.bind(e),n.appendTo(o),n}create(e){return this.compile().createView(e)}static create(e,o,r){let n="",a=Object.create(null),i=c=>{var p;let u=(p=c.id)!==null&&p!==void 0?p:c.id=jt();return a[u]=c,u};for(let c=0,p=e.length-1;c<p;++c){let u=e[c],l=o[c],g;if(n+=u,Fe(l))l=new Ce(fo(l));else if(l instanceof Qe)l=new Ce(l);else if(!(g=Z.getForInstance(l))){let x=l;l=new Ce(go(()=>x))}n+=Il(l,u,i,g)}return new t(n+e[e.length-1],a,r)}};ie(Jt);var y=((t,...e)=>{if(Array.isArray(t)&&Array.isArray(t.raw))return Jt.create(t,e);throw E.error(C.directCallToHTMLTagNotAllowed)});y.partial=t=>new Ne(t);var ea="slotchange",Qt=class extends Xt{observe(e){e.addEventListener(ea,this)}disconnect(e){e.removeEventListener(ea,this)}getNodes(e){return e.assignedNodes(this.options)}handleEvent(e){let o=e.currentTarget;this.updateTarget(this.getSource(o),this.computeNodes(o))}};Z.define(Qt);function ce(t){return ae(t)&&(t={property:t}),new Qt(t)}var Lr=CSS.supports("anchor-name: --a"),Uu="anchor"in HTMLElement.prototype,Mr=CSS.supports("selector(:state(g))");var ta=new Map;function B(t){return ta.get(t)??ta.set(t,Mr?`:state(${t})`:`[state--${t}]`).get(t)}function P(t,e,o){if(!(!e||!t)){if(!Mr){t.shadowRoot.host.toggleAttribute(`state--${e}`,o);return}if(o??!t.states.has(e)){t.states.add(e);return}t.states.delete(e)}}var oa=B("active"),ra=B("bad-input"),F=B("checked"),na=B("custom-error"),aa=B("description"),we=B("disabled"),k=":is([disabled], :disabled)",Zu=B("error"),ia=B("flip-block"),sa=B("focus-visible"),ep=B("has-message"),tt=B("indeterminate"),ut=B("multiple"),la=B("open"),ca=B("pattern-mismatch"),da=B("placeholder-shown"),tp=B("pressed"),ua=B("range-overflow"),pa=B("range-underflow"),ha=B("required"),To=B("selected"),ga=B("step-mismatch"),op=B("submenu"),fa=B("too-long"),ma=B("too-short"),ba=B("type-mismatch"),rp=B("user-invalid"),va=B("valid"),xa=B("value-missing");var X="var(--colorNeutralForeground1)",ya="var(--colorNeutralForeground1Hover)",ka="var(--colorNeutralForeground1Pressed)";var pt="var(--colorNeutralForeground2)",Ao="var(--colorNeutralForeground2Hover)",Co="var(--colorNeutralForeground2Pressed)";var Er="var(--colorNeutralForeground2BrandHover)",Rr="var(--colorNeutralForeground2BrandPressed)";var He="var(--colorNeutralForeground3)";var Io="var(--colorNeutralForeground4)";var xe="var(--colorNeutralForegroundDisabled)";var Ho="var(--colorNeutralForegroundOnBrand)",ot="var(--colorNeutralForegroundInverted)";var j="var(--colorNeutralBackground1)",Do="var(--colorNeutralBackground1Hover)",Oo="var(--colorNeutralBackground1Pressed)";var Zt="var(--colorNeutralBackground3)";var Sa="var(--colorNeutralBackgroundInverted)";var Ba="var(--colorSubtleBackground)",Pa="var(--colorSubtleBackgroundHover)",Na="var(--colorSubtleBackgroundPressed)";var ye="var(--colorTransparentBackground)",zr="var(--colorTransparentBackgroundHover)",_r="var(--colorTransparentBackgroundPressed)";var De="var(--colorNeutralBackgroundDisabled)";var wa="var(--colorBrandBackground)",$a="var(--colorBrandBackgroundHover)",Fa="var(--colorBrandBackgroundPressed)";var Ft="var(--colorCompoundBrandBackground)",Tt="var(--colorCompoundBrandBackgroundHover)",At="var(--colorCompoundBrandBackgroundPressed)";var $e="var(--colorNeutralStrokeAccessible)",Ve="var(--colorNeutralStrokeAccessibleHover)",We="var(--colorNeutralStrokeAccessiblePressed)";var ht="var(--colorNeutralStroke1)",Ct="var(--colorNeutralStroke1Hover)",It="var(--colorNeutralStroke1Pressed)";var Oe="var(--colorCompoundBrandStroke)",Ta="var(--colorCompoundBrandStrokeHover)",Lo="var(--colorCompoundBrandStrokePressed)",q="var(--colorNeutralStrokeDisabled)";var de="var(--colorTransparentStroke)",eo="var(--colorTransparentStrokeInteractive)";var Aa="var(--colorStrokeFocus1)",he="var(--colorStrokeFocus2)";var Ca="var(--colorPaletteRedBorder2)",Mo="var(--colorPaletteRedForeground1)";var Eo="var(--borderRadiusNone)",gt="var(--borderRadiusSmall)",M="var(--borderRadiusMedium)",Ia="var(--borderRadiusLarge)";var ft="var(--borderRadiusCircular)",S="var(--fontFamilyBase)",Ha="var(--fontFamilyMonospace)",Da="var(--fontFamilyNumeric)",to="var(--fontSizeBase100)",te="var(--fontSizeBase200)",oe="var(--fontSizeBase300)",re="var(--fontSizeBase400)",Ht="var(--fontSizeBase500)",Dt="var(--fontSizeBase600)",Ro="var(--fontSizeHero700)",zo="var(--fontSizeHero800)",_o="var(--fontSizeHero900)",Vo="var(--fontSizeHero1000)",_="var(--fontWeightRegular)",Oa="var(--fontWeightMedium)",V="var(--fontWeightSemibold)",Ot="var(--fontWeightBold)",oo="var(--lineHeightBase100)",G="var(--lineHeightBase200)",U="var(--lineHeightBase300)",K="var(--lineHeightBase400)",Wo="var(--lineHeightBase500)",jo="var(--lineHeightBase600)",Go="var(--lineHeightHero700)",Xo="var(--lineHeightHero800)",qo="var(--lineHeightHero900)",Uo="var(--lineHeightHero1000)",Ko="var(--shadow2)",La="var(--shadow4)";var Ma="var(--shadow16)";var T="var(--strokeWidthThin)",ge="var(--strokeWidthThick)";var Le="var(--spacingHorizontalXXS)",fe="var(--spacingHorizontalXS)",Me="var(--spacingHorizontalSNudge)",rt="var(--spacingHorizontalS)",Yo="var(--spacingHorizontalMNudge)",je="var(--spacingHorizontalM)",Ea="var(--spacingHorizontalL)";var Vr="var(--spacingVerticalXXS)",ro="var(--spacingVerticalXS)",Wr="var(--spacingVerticalSNudge)",mt="var(--spacingVerticalS)";var Ra="var(--spacingVerticalM)",za="var(--spacingVerticalL)";var Jo="var(--durationUltraFast)",_a="var(--durationFaster)";var Qo="var(--durationNormal)";var Zo="var(--curveAccelerateMid)";var er="var(--curveDecelerateMid)";var Va="var(--curveEasyEase)";var Hl=":host([hidden]){display:none}";function I(t){return`${Hl}:host{display:${t}}`}var Wa=b`
  ${I("inline-grid")}

  :host {
    color: ${X};
    align-items: center;
    gap: 0 ${je};
    justify-items: start;
  }

  :has([slot='message']) {
    color: ${X};
    row-gap: ${mt};
  }

  :not(::slotted([slot='label'])) {
    gap: 0;
  }

  :host([label-position='before']) {
    grid-template-areas: 'label input' 'label message';
  }

  :host([label-position='after']) {
    gap: 0;
    grid-template-areas: 'input label' 'message message';
    grid-template-columns: auto 1fr;
  }

  :host([label-position='after']) ::slotted([slot='input']) {
    margin-inline-end: ${je};
  }

  :host([label-position='above']) {
    grid-template-areas: 'label' 'input' 'message';
    row-gap: ${Vr};
  }

  :host([label-position='below']) {
    grid-template-areas: 'input' 'label' 'message';
    justify-items: center;
  }

  :host([label-position='below']) ::slotted([slot='label']) {
    margin-block-start: ${Ra};
  }

  :host(${ha}) ::slotted([slot='label'])::after {
    content: '*' / '';
    color: ${Mo};
    margin-inline-start: ${fe};
  }

  ::slotted([slot='input']) {
    grid-area: input;
  }

  ::slotted([slot='message']) {
    color: ${He};
    font-family: ${S};
    font-size: ${te};
    font-weight: ${_};
    grid-area: message;
    line-height: ${G};
    margin-block-start: ${Vr};
  }

  :host(${sa}:focus-within) {
    border-radius: ${M};
    outline: ${ge} solid ${he};
  }

  ::slotted(label),
  ::slotted([slot='label']) {
    cursor: inherit;
    display: inline-flex;
    font-family: ${S};
    font-size: ${oe};
    font-weight: ${_};
    grid-area: label;
    line-height: ${U};
    justify-self: stretch;
    user-select: none;
  }

  :host([size='small']) ::slotted(label) {
    font-size: ${te};
    line-height: ${G};
  }

  :host([size='large']) ::slotted(label) {
    font-size: ${re};
    line-height: ${K};
  }

  :host([size='large']) ::slotted(label),
  :host([weight='semibold']) ::slotted(label) {
    font-weight: ${V};
  }

  :host(${we}) {
    cursor: default;
  }

  ::slotted([flag]) {
    display: none;
  }

  :host(${ra}) ::slotted([flag='${ne.badInput}']),
  :host(${na}) ::slotted([flag='${ne.customError}']),
  :host(${ca}) ::slotted([flag='${ne.patternMismatch}']),
  :host(${ua}) ::slotted([flag='${ne.rangeOverflow}']),
  :host(${pa}) ::slotted([flag='${ne.rangeUnderflow}']),
  :host(${ga}) ::slotted([flag='${ne.stepMismatch}']),
  :host(${fa}) ::slotted([flag='${ne.tooLong}']),
  :host(${ma}) ::slotted([flag='${ne.tooShort}']),
  :host(${ba}) ::slotted([flag='${ne.typeMismatch}']),
  :host(${xa}) ::slotted([flag='${ne.valueMissing}']),
  :host(${va}) ::slotted([flag='${ne.valid}']) {
    display: block;
  }
`;var ja=y`
  <template
    @click="${(t,e)=>t.clickHandler(e.event)}"
    @change="${(t,e)=>t.changeHandler(e.event)}"
    @focusin="${(t,e)=>t.focusinHandler(e.event)}"
    @focusout="${(t,e)=>t.focusoutHandler(e.event)}"
  >
    <slot name="label" part="label" ${ce("labelSlot")}></slot>
    <slot name="input" part="input" ${ce("slottedInputs")}></slot>
    <slot name="message" part="message" ${ce({property:"messageSlot",filter:qt("[flag]")})}></slot>
  </template>
`;var Ga={name:un,registry:m.registry,shadowOptions:{delegatesFocus:!0},styles:Wa,template:ja};function s(t,e,o,r){var n=arguments.length,a=n<3?e:r===null?r=Object.getOwnPropertyDescriptor(e,o):r,i;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")a=Reflect.decorate(t,e,o,r);else for(var c=t.length-1;c>=0;c--)(i=t[c])&&(a=(n<3?i(a):n>3?i(e,o,a):i(e,o))||a);return n>3&&a&&Object.defineProperty(e,o,a),a}var Dl=0;function me(t="id-"){let e=`${t}${Dl++}`;return document.getElementById(e)?me(t):e}var nt=class extends L{get slottedInputObserver(){return this._slottedInputObserver??=new MutationObserver(()=>{this.setStates()}),this._slottedInputObserver}labelSlotChanged(e,o){o&&this.input&&(this.setLabelProperties(),this.setStates())}messageSlotChanged(e,o){P(this.elementInternals,"has-message",!!o.length)}slottedInputsChanged(e,o){let r=o?.filter(n=>n.nodeType===Node.ELEMENT_NODE)??[];r?.length&&(this.input=r?.[0])}inputChanged(e,o){o&&(this.setStates(),this.setLabelProperties(),this.slottedInputObserver.observe(o,{attributes:!0,attributeFilter:["disabled","required","readonly"],subtree:!0}))}changeHandler(e){return this.setStates(),this.setValidationStates(),!0}clickHandler(e){return this===e.target&&this.input.click(),!0}constructor(){super(),this.labelSlot=[],this.elementInternals=this.attachInternals(),this.elementInternals.role="presentation"}connectedCallback(){super.connectedCallback(),this.addEventListener("invalid",this.invalidHandler,{capture:!0})}disconnectedCallback(){this.slottedInputObserver.disconnect(),this.removeEventListener("invalid",this.invalidHandler,{capture:!0}),super.disconnectedCallback()}focusinHandler(e){return this.matches(":focus-within:has(> :focus-visible)")&&P(this.elementInternals,"focus-visible",!0),!0}focusoutHandler(e){return P(this.elementInternals,"focus-visible",!1),!0}invalidHandler(e){this.messageSlot.length&&e.preventDefault(),this.setValidationStates()}setLabelProperties(){this.$fastController.isConnected&&(this.input.id=this.input.id||me("input"),this.labelSlot?.forEach(e=>{e instanceof HTMLLabelElement&&(e.htmlFor=e.htmlFor||this.input.id,e.id=e.id||`${this.input.id}--label`,this.input.setAttribute("aria-labelledby",e.id))}))}setStates(){this.elementInternals&&this.input&&(P(this.elementInternals,"disabled",!!this.input.disabled),P(this.elementInternals,"readonly",!!this.input.readOnly),P(this.elementInternals,"required",!!this.input.required),P(this.elementInternals,"checked",!!this.input.checked))}setValidationStates(){if(this.input?.validity)for(let[e,o]of Object.entries(ne))P(this.elementInternals,o,this.input.validity[e])}};s([v],nt.prototype,"labelSlot",void 0);s([v],nt.prototype,"messageSlot",void 0);s([v],nt.prototype,"slottedInputs",void 0);s([v],nt.prototype,"input",void 0);var no=class extends nt{constructor(){super(...arguments),this.labelPosition=dn.above}};s([d({attribute:"label-position"})],no.prototype,"labelPosition",void 0);no.define(Ga);var Xa=`${m.prefix}-label`;var qa=b`
  ${I("inline-flex")}

  :host {
    color: ${X};
    cursor: pointer;
    font-family: ${S};
    font-size: ${oe};
    font-weight: ${_};
    line-height: ${U};
    user-select: none;
  }

  .asterisk {
    color: ${Mo};
    margin-inline-start: ${fe};
  }

  :host([size='small']) {
    font-size: ${te};
    line-height: ${G};
  }

  :host([size='large']) {
    font-size: ${re};
    line-height: ${K};
  }

  :host(:is([size='large'], [weight='semibold'])) {
    font-weight: ${V};
  }

  :host([disabled]),
  :host([disabled]) .asterisk {
    color: ${xe};
  }
`;function Ol(){return y`
    <slot></slot>
    <span part="asterisk" class="asterisk" aria-hidden="true" ?hidden="${t=>!t.required}">*</span>
  `}var Ua=Ol();var Ka={name:Xa,registry:m.registry,styles:qa,template:Ua};var at=class extends L{constructor(){super(...arguments),this.disabled=!1,this.required=!1}};s([d],at.prototype,"size",void 0);s([d],at.prototype,"weight",void 0);s([d({mode:"boolean"})],at.prototype,"disabled",void 0);s([d({mode:"boolean"})],at.prototype,"required",void 0);at.define(Ka);var Ya={horizontal:"horizontal",vertical:"vertical"};var jr=Ya,Ja=`${m.prefix}-radio-group`;var Qa=b`
  ${I("flex")}

  :host {
    -webkit-tap-highlight-color: transparent;
    cursor: pointer;
    gap: ${za};
  }

  :host([orientation='vertical']) {
    flex-direction: column;
    justify-content: flex-start;
  }

  :host([orientation='horizontal']) {
    flex-direction: row;
  }

  ::slotted(*) {
    color: ${He};
  }

  ::slotted(:hover) {
    color: ${pt};
  }

  ::slotted(:active) {
    color: ${X};
  }

  ::slotted(${we}) {
    color: ${xe};
  }

  ::slotted(${F}) {
    color: ${X};
  }

  :host([slot='input']) {
    margin: ${mt} ${rt};
  }
`;function Ll(){return y`
    <template
      focusgroup="radiogroup wrap"
      @disabled="${(t,e)=>t.disabledRadioHandler(e.event)}"
      @change="${(t,e)=>t.changeHandler(e.event)}"
      @click="${(t,e)=>t.clickHandler(e.event)}"
      @focusin="${(t,e)=>t.focusinHandler(e.event)}"
      @keydown="${(t,e)=>t.keydownHandler(e.event)}"
    >
      <slot ${ce("slottedRadios")}></slot>
    </template>
  `}var Za=Ll();var ei={name:Ja,registry:m.registry,styles:Qa,template:Za};var Lt={INFERRED_ROLE:"data-fg-ir",ITEM:"data-fg-item",AUTHOR_TABINDEX:"data-fg-ati",SEGMENT:"data-fg-seg",SEGMENT_START:"data-fg-segs"},Ge={TOOLBAR:"toolbar",TABLIST:"tablist",RADIOGROUP:"radiogroup",LISTBOX:"listbox",MENU:"menu",MENUBAR:"menubar",NONE:"none"},fh=[Ge.TOOLBAR,Ge.TABLIST,Ge.RADIOGROUP,Ge.LISTBOX,Ge.MENU,Ge.MENUBAR,Ge.NONE];function tr(t,e){return t.contains(e)}function ti(){return"focusgroup"in(globalThis?.HTMLElement?.prototype??{})||"focusGroup"in(globalThis?.HTMLElement?.prototype??{})}function oi(t,e,o){let r="forward",n="backward",a="block",i="inline";if(Ml(t.composedPath()[0]))return t.key==="Tab"?t.shiftKey?n:r:null;if(t.shiftKey||t.ctrlKey||t.metaKey)return null;let{writingMode:c,direction:p}=window.getComputedStyle(e),u=!c.startsWith("horizontal-"),l=p==="rtl",g=u?a:i,x=u?i:a,w=u?c.endsWith("-rl")!==l:l,R=u&&l,Q={ArrowUp:{axis:x,dir:R?r:n},ArrowDown:{axis:x,dir:R?n:r},ArrowLeft:{axis:g,dir:w?r:n},ArrowRight:{axis:g,dir:w?n:r},Home:{dir:"start"},End:{dir:"end"}}[t.key];return!Q||o&&Q.axis&&Q.axis!==o?null:Q.dir}function Ml(t){return t?.nodeType===Node.ELEMENT_NODE&&(["INPUT","TEXTAREA","SELECT"].includes(t.nodeName)&&!["checkbox","radio"].includes(t.getAttribute("type"))||t.isContentEditable||["AUDIO","VIDEO"].includes(t.nodeName)&&t.hasAttribute("controls")||["IFRAME","OBJECT"].includes(t.nodeName))}globalThis.__FOCUSGROUP_POLYFILL__??={o:new Set,b:!1};var ri=globalThis.__FOCUSGROUP_POLYFILL__;var El=ri.o;function or(){for(let t of El)t.takeRecords()}var Gr=class{#t;#e;#n=null;#p=void 0;#c=!1;#s=!0;#r;#o=null;#a=!1;#l=null;#h=new AbortController;#d;#u;constructor(t,e,o={}){if(ti()||!t)return;this.#t=t,this.#e=e,this.#d=o.decorateOwner,this.#u=o.decorateItem,this.#g(o.definition),this.#d?.(this.#t,this.#n),this.#f();let r={signal:this.#h.signal};this.#t.addEventListener("keydown",this.#x.bind(this),r),this.#t.addEventListener("focusin",this.#y.bind(this),r),this.#t.addEventListener("focusout",this.#k.bind(this),r)}disconnect(){this.#i(),this.#h.abort(),this.#e?.disconnect?.(),this.#t=null}update(t={}){if(this.#t){if(t.definition!==void 0&&(this.#g(t.definition),this.#d?.(this.#t,this.#n)),t.authorTabindexChanges)for(let e of t.authorTabindexChanges)e.setAttribute(Lt.AUTHOR_TABINDEX,e.getAttribute("tabindex")??"none");this.#m(),this.#f()}}#g(t){this.#n=t?.behavior??null,this.#c=t?.wrap??!1,this.#p=t?.axis,this.#s=t?.memory??!0,this.#s||(this.#o=null)}#f(){if(!this.#n||this.#n===Ge.NONE){this.#m();return}this.#e.decorate?.();for(let{element:e,segmentBoundary:o}of this.#e.items())this.#u?.(e,this.#n),e.setAttribute(Lt.AUTHOR_TABINDEX,e.getAttribute("tabindex")??"none"),e.tabIndex=o?0:-1;(!this.#o?.isConnected||!(this.#e.isItem?.(this.#o)??this.#e.contains(this.#o)))&&(this.#o=null);let t=this.#o??this.#e.start??this.#e.first?.()??null;t&&(t.tabIndex=0,this.#r=t,this.#i(),this.#b(t)),this.#e.flush?.()}#m(){this.#i();let t=!1;for(let{element:e}of this.#e.items()){t=!0,this.#u?.(e,null);let o=e.getAttribute(Lt.AUTHOR_TABINDEX);o&&(o==="none"?e.removeAttribute("tabindex"):e.setAttribute("tabindex",o),e.removeAttribute(Lt.AUTHOR_TABINDEX))}this.#e.undecorate?.(),t&&this.#e.flush?.()}#x(t){let e=t.composedPath()[0];if(t.defaultPrevented||e===this.#t||!this.#e.contains(e))return;let o;switch(oi(t,e,this.#p)){case"start":o=this.#e.first();break;case"end":o=this.#e.last();break;case"forward":o=this.#e.next(e),!o&&this.#c&&(o=this.#e.first());break;case"backward":o=this.#e.previous(e),!o&&this.#c&&(o=this.#e.last());break}o&&o!==e&&(this.#v(e,o,!0),this.#o=o,t.preventDefault())}#y(t){let e=t.composedPath()[0];if(e===this.#t&&this.#a&&(!t.relatedTarget||!tr(this.#t,t.relatedTarget))){let r=this.#o||this.#r;this.#i(),r&&r.focus(),t.stopPropagation();return}if(!this.#e.contains(e))return;this.#a&&this.#i();let o=this.#o;if(this.#o=e,o!==e&&e.tabIndex<0){let r=o??this.#r;r&&this.#v(r,e)}}#k(t){if(!t.relatedTarget||!tr(this.#t,t.relatedTarget)){let r=this.#s?this.#o||this.#r:this.#r;r&&this.#b(r)}if(t.relatedTarget&&tr(this.#t,t.relatedTarget)||this.#s||!this.#r)return;let e=this.#o;this.#o=null;let o=this.#e.start??this.#e.first?.()??null;if(e!==this.#r||o!==this.#r){for(let{element:r,segmentBoundary:n}of this.#e.items())r.tabIndex=n?0:-1;o&&(o.tabIndex=0,this.#r=o),this.#e.flush?.()}}#b(t){let e=(t.assignedSlot??t).getRootNode(),o=e instanceof ShadowRoot&&e.host.hasAttribute(Lt.AUTHOR_TABINDEX);this.#a||!o||(this.#l=this.#t.getAttribute("tabindex"),this.#t.tabIndex=0,this.#a=!0,or())}#i(){this.#a&&(this.#l!==null?this.#t.setAttribute("tabindex",this.#l):this.#t.removeAttribute("tabindex"),this.#a=!1,this.#l=null,this.#e.flush?.(),or())}#v(t,e,o=!1){e.tabIndex=0,o&&e.focus(),t.tabIndex=this.#e.sameSegment?.(t,e)??!0?-1:0,this.#i(),or()}};var rr=class{constructor(e,o){this.getItems=e,this.getStart=o}get start(){return this.getStart?.()??null}first(){return this.getItems()[0]??null}last(){let e=this.getItems();return e[e.length-1]??null}next(e){let o=this.getItems(),r=o.indexOf(e);return r===-1?null:o[r+1]??null}previous(e){let o=this.getItems(),r=o.indexOf(e);return r<=0?null:o[r-1]??null}*items(){for(let e of this.getItems())yield{element:e}}contains(e){return this.getItems().includes(e)}};function ni(t){return e=>e?.nodeType!==Node.ELEMENT_NODE?!1:e.tagName.toLowerCase().endsWith(t)}function ai(t,e="-radio"){return ni(e)(t)}var ii=`${m.prefix}-radio`;var ke=class extends L{checkedIndexChanged(e,o){this.enabledRadios&&this.checkRadio(o)}disabledChanged(e,o){this.radios&&(this.checkedIndex=-1,this.radios?.forEach(r=>{r.disabled=!!r.disabledAttribute||!!this.disabled}))}initialValueChanged(e,o){this.value=o??""}nameChanged(e,o){this.isConnected&&o&&this.radios?.forEach(r=>{r.name=this.name})}orientationChanged(e,o){this.elementInternals.ariaOrientation=this.orientation??jr.horizontal}radiosChanged(e,o){let r=o?.length;if(!r)return;!this.name&&o.every(i=>i.name===o[0].name)&&(this.name=o[0].name);let n=this.enabledRadios.findLastIndex(i=>i.initialChecked);o.forEach((i,c)=>{i.ariaPosInSet=`${c+1}`,i.ariaSetSize=`${r}`,this.initialValue&&!this.dirtyState?i.checked=i.value===this.initialValue:i.checked=c===n,i.name=this.name??i.name,i.disabled=!!this.disabled||!!i.disabledAttribute,i.toggleAttribute("focusgroupstart",i.checked&&!i.disabled)}),!this.dirtyState&&this.initialValue&&(this.value=this.initialValue),(!this.value||this.value&&typeof this.checkedIndex!="number"&&n>=0)&&(this.checkedIndex=n);let a=o.map(i=>i.id).join(" ").trim();a&&this.setAttribute("aria-owns",a)}requiredChanged(e,o){this.elementInternals.ariaRequired=o?"true":null,this.setValidity()}slottedRadiosChanged(e,o){$.enqueue(()=>{this.radios=[...this.querySelectorAll("*")].filter(r=>ai(r))})}get enabledRadios(){return this.disabled?[]:this.radios?.filter(e=>!e.disabled)??[]}static{this.formAssociated=!0}get validationMessage(){if(this.elementInternals.validationMessage)return this.elementInternals.validationMessage;if(this.enabledRadios?.[0]?.validationMessage)return this.enabledRadios[0].validationMessage;if(!this._validationFallbackMessage){let e=document.createElement("input");e.type="radio",e.required=!0,e.checked=!1,this._validationFallbackMessage=e.validationMessage}return this._validationFallbackMessage}get validity(){return this.elementInternals.validity}get value(){return f.notify(this,"value"),this.enabledRadios.find(e=>e.checked)?.value??null}set value(e){let o=this.enabledRadios.findIndex(r=>r.value===e);this.checkedIndex=o,this.$fastController.isConnected&&(this.setFormValue(e),this.setValidity()),f.track(this,"value")}changeHandler(e){if(this===e.target)return!0;this.dirtyState=!0;let o=this.enabledRadios.indexOf(e.target);return this.checkRadio(o),this.radios?.filter(r=>r.disabled)?.forEach(r=>{r.checked=!1}),!0}checkRadio(e=this.checkedIndex,o=!1){let r=this.checkedIndex;this.enabledRadios.forEach((n,a)=>{let i=a===e;n.checked=i,i&&(r=a,o&&n.$emit("change"))}),this.checkedIndex=r,this.setFormValue(this.value),this.setValidity()}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){return this===e.target&&this.enabledRadios[Math.max(0,this.checkedIndex)]?.focus(),!0}constructor(){super(),this.isNavigating=!1,this.dirtyState=!1,this.elementInternals=this.attachInternals(),this.elementInternals.role="radiogroup",this.elementInternals.ariaOrientation=this.orientation??jr.horizontal}focus(){this.enabledRadios[Math.max(0,this.checkedIndex)]?.focus()}formResetCallback(){this.dirtyState=!1,this.checkedIndex=-1,this.setFormValue(this.value),this.setValidity()}focusinHandler(e){if(!this.disabled&&(this.isNavigating||this.value)){this.radios?.forEach(r=>{r.disabled&&r.checked&&(r.checked=!1)});let o=this.enabledRadios.indexOf(e.target);o>-1&&this.checkRadio(o,!0),this.isNavigating=!1}return!0}keydownHandler(e){switch(e.key){case"ArrowUp":case"ArrowDown":case"ArrowLeft":case"ArrowRight":case"Home":case"End":this.isNavigating=!0;break;case" ":this.checkRadio();break}return!0}disabledRadioHandler(e){e.detail===!0&&e.target.checked&&(this.checkedIndex=-1)}reportValidity(){return this.elementInternals.reportValidity()}setFormValue(e,o){this.elementInternals.setFormValue(e,e??o)}setValidity(e,o,r){if(this.$fastController.isConnected){if(!(this.required&&!this.value&&!this.disabled)){this.enabledRadios?.forEach(c=>{c.elementInternals.setValidity({})});return}let a={valueMissing:!0,...e},i=o??this.validationMessage;this.enabledRadios?.forEach((c,p)=>{p===0?c.elementInternals.setValidity(a,i,c):c.elementInternals.setValidity({})})}}};s([v],ke.prototype,"checkedIndex",void 0);s([d({attribute:"disabled",mode:"boolean"})],ke.prototype,"disabled",void 0);s([d({attribute:"value",mode:"fromView"})],ke.prototype,"initialValue",void 0);s([d],ke.prototype,"name",void 0);s([d],ke.prototype,"orientation",void 0);s([v],ke.prototype,"radios",void 0);s([d({mode:"boolean"})],ke.prototype,"required",void 0);s([v],ke.prototype,"slottedRadios",void 0);var nr=class extends ke{disconnectedCallback(){this.fg?.disconnect(),super.disconnectedCallback()}radiosChanged(e,o){super.radiosChanged(e,o),this.fgItems??=new rr(()=>this.enabledRadios?.filter(r=>!r.hidden)??[],()=>this.enabledRadios?.find(r=>r.checked)??null),this.fg?this.fg.update():this.fg=new Gr(this,this.fgItems,{definition:{behavior:"radiogroup",axis:void 0,wrap:!0}})}};nr.define(ei);var si=b`
  ${I("inline-flex")}

  :host {
    --size: 16px;
    aspect-ratio: 1;
    background-color: ${j};
    border: ${T} solid ${$e};
    border-radius: ${ft};
    box-sizing: border-box;
    position: relative;
    width: var(--size);
  }

  :host([size='large']) {
    --size: 20px;
  }

  .checked-indicator {
    aspect-ratio: 1;
    border-radius: ${ft};
    color: ${ot};
    inset: 0;
    margin: auto;
    position: absolute;
    width: calc(var(--size) * 0.625);
  }

  :host(:not([slot='input']))::after {
    content: '' / '';
    position: absolute;
    display: block;
    inset: -8px;
    box-sizing: border-box;
    outline: none;
    border: ${ge} solid ${de};
    border-radius: ${M};
  }

  :host(:not([slot='input']):focus-visible)::after {
    border-color: ${he};
  }

  :host(:hover) {
    border-color: ${Ve};
  }

  :host(${F}) {
    border-color: ${Oe};
  }

  :host(${F}) .checked-indicator {
    background-color: ${Ft};
  }

  :host(${F}:hover) .checked-indicator {
    background-color: ${Tt};
  }

  :host(:active) {
    border-color: ${We};
  }

  :host(${F}:active) .checked-indicator {
    background-color: ${At};
  }

  :host(:focus-visible) {
    outline: none;
  }

  :host(${we}) {
    background-color: ${De};
    border-color: ${q};
  }

  :host(${F}${we}) .checked-indicator {
    background-color: ${q};
  }

  @media (forced-colors: active) {
    :host {
      border-color: FieldText;
    }

    :host(:not([slot='input']:focus-visible))::after {
      border-color: Canvas;
    }

    :host(:not(${we}):hover),
    :host(:not([slot='input']):focus-visible)::after {
      border-color: Highlight;
    }

    .checked-indicator {
      color: HighlightText;
    }

    :host(${F}) .checked-indicator {
      background-color: FieldText;
    }

    :host(${F}:not(${we}):hover) .checked-indicator {
      background-color: Highlight;
    }

    :host(${we}) {
      border-color: GrayText;
      color: GrayText;
    }

    :host(${we}${F}) .checked-indicator {
      background-color: GrayText;
    }
  }
`;function Se(t){return t?typeof t=="string"?new Ne(t):"inline"in t?t.inline():t:Ne.empty}var Rl=y.partial(`
    <span part="checked-indicator" class="checked-indicator" role="presentation"></span>
`);function zl(t={}){return y`
    <template
      @click="${(e,o)=>e.clickHandler(o.event)}"
      @keydown="${(e,o)=>e.keydownHandler(o.event)}"
      @keyup="${(e,o)=>e.keyupHandler(o.event)}"
    >
      <slot name="checked-indicator">${Se(t.checkedIndicator)}</slot>
    </template>
  `}var li=zl({checkedIndicator:Rl});var ci={name:ii,registry:m.registry,styles:si,template:li};function it(t){let e=t.ownerDocument;t?.isConnected&&t?.hasAttribute("autofocus")&&t?.checkVisibility?.({contentVisibilityAuto:!0,visibilityProperty:!0})&&[null,t,e.body,e.documentElement].includes(e.activeElement)&&$.enqueue(()=>{t.focus()})}var be=class extends L{constructor(){super(...arguments),this.initialValue="on",this._keydownPressed=!1,this.dirtyChecked=!1,this.elementInternals=this.attachInternals(),this._validationFallbackMessage="",this._value=this.initialValue}get checked(){return f.track(this,"checked"),!!this._checked}set checked(e){this._checked=e,this.setFormValue(e?this.value:null),this.setValidity(),this.setAriaChecked(),P(this.elementInternals,"checked",e),f.notify(this,"checked")}disabledChanged(e,o){this.disabled?this.removeAttribute("tabindex"):this.tabIndex=Number(this.getAttribute("tabindex")??0)<0?-1:0,this.elementInternals.ariaDisabled=this.disabled?"true":"false",P(this.elementInternals,"disabled",this.disabled)}disabledAttributeChanged(e,o){this.disabled=!!o}initialCheckedChanged(e,o){this.dirtyChecked||(this.checked=!!o)}initialValueChanged(e,o){this._value=o}requiredChanged(e,o){this.elementInternals&&(this.setValidity(),this.elementInternals.ariaRequired=this.required?"true":"false")}get form(){return this.elementInternals.form}static{this.formAssociated=!0}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}get validationMessage(){if(this.elementInternals?.validationMessage)return this.elementInternals.validationMessage;if(!this._validationFallbackMessage){let e=document.createElement("input");e.type="checkbox",e.required=!0,e.checked=!1,this._validationFallbackMessage=e.validationMessage}return this._validationFallbackMessage}get validity(){return this.elementInternals.validity}get value(){return f.track(this,"value"),this._value}set value(e){this._value=e,this.elementInternals&&(this.setFormValue(e),this.setValidity()),f.notify(this,"value")}get willValidate(){return this.elementInternals.willValidate}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){if(this.disabled)return;this.dirtyChecked=!0;let o=this.checked;return this.toggleChecked(),o!==this.checked&&(this.$emit("change"),this.$emit("input")),!0}connectedCallback(){super.connectedCallback(),this.disabled=!!this.disabledAttribute,this.setAriaChecked(),this.setValidity(),it(this)}inputHandler(e){return this.setFormValue(this.value),this.setValidity(),!0}keydownHandler(e){if(e.key!==" ")return!0;this._keydownPressed=!0}keyupHandler(e){if(!this._keydownPressed||e.key!==" ")return!0;this._keydownPressed=!1,this.click()}formResetCallback(){this.checked=this.initialChecked??!1,this.dirtyChecked=!1,this.setValidity()}reportValidity(){return this.elementInternals.reportValidity()}setAriaChecked(e=this.checked){this.elementInternals&&(this.elementInternals.ariaChecked=e?"true":"false")}setFormValue(e,o){this.elementInternals?.setFormValue(e,e??o)}setCustomValidity(e){this.elementInternals.setValidity({customError:!0},e),this.setValidity()}setValidity(e,o,r){if(this.elementInternals){if(this.disabled||!this.required){this.elementInternals.setValidity({});return}this.elementInternals.setValidity({valueMissing:!!this.required&&!this.checked,...e},o??this.validationMessage,r)}}toggleChecked(e=!this.checked){this.checked=e}};s([v],be.prototype,"disabled",void 0);s([d({attribute:"disabled",mode:"boolean"})],be.prototype,"disabledAttribute",void 0);s([d({attribute:"form"})],be.prototype,"formAttribute",void 0);s([d({attribute:"checked",mode:"boolean"})],be.prototype,"initialChecked",void 0);s([d({attribute:"value",mode:"fromView"})],be.prototype,"initialValue",void 0);s([d],be.prototype,"name",void 0);s([d({mode:"boolean"})],be.prototype,"required",void 0);var ar=class extends be{constructor(){super(),this.elementInternals.role="radio"}disabledChanged(e,o){super.disabledChanged(e,o),this.$emit("disabled",o,{bubbles:!0})}requiredChanged(){}setFormValue(){}setValidity(){this.elementInternals.setValidity({})}toggleChecked(e=!0){super.toggleChecked(e)}};ar.define(ci);var di=`${m.prefix}-checkbox`;var ui=b`
  ${I("inline-flex")}

  :host {
    --size: 16px;
    background-color: ${j};
    border-radius: ${gt};
    border: ${T} solid ${$e};
    box-sizing: border-box;
    cursor: pointer;
    position: relative;
    width: var(--size);
  }

  :host,
  .indeterminate-indicator,
  .checked-indicator {
    aspect-ratio: 1;
  }

  :host(:hover) {
    border-color: ${Ve};
  }

  :host(:active) {
    border-color: ${We};
  }

  :host(${F}:hover) {
    background-color: ${Tt};
    border-color: ${Ta};
  }

  :host(${F}:active) {
    background-color: ${At};
    border-color: ${Lo};
  }

  :host(:focus-visible) {
    outline: none;
  }

  :host(:not([slot='input']))::after {
    content: '';
    position: absolute;
    inset: -8px;
    box-sizing: border-box;
    outline: none;
    border: ${ge} solid ${de};
    border-radius: ${M};
  }

  :host(:not([slot='input']):focus-visible)::after {
    border-color: ${he};
  }

  .indeterminate-indicator,
  .checked-indicator {
    color: ${ot};
    inset: 0;
    margin: auto;
    position: absolute;
  }

  ::slotted([slot='checked-indicator']),
  .checked-indicator {
    fill: currentColor;
    display: inline-flex;
    flex: 1 0 auto;
    width: 12px;
  }

  :host(:not(${F})) *:is(::slotted([slot='checked-indicator']), .checked-indicator) {
    display: none;
  }

  :host(${F}),
  :host(${tt}) {
    border-color: ${Oe};
  }

  :host(${F}),
  :host(${tt}) .indeterminate-indicator {
    background-color: ${Ft};
  }

  :host(${tt}) .indeterminate-indicator {
    border-radius: ${gt};
    position: absolute;
    width: calc(var(--size) / 2);
    inset: 0;
  }

  :host([size='large']) {
    --size: 20px;
  }

  :host([size='large']) ::slotted([slot='checked-indicator']),
  :host([size='large']) .checked-indicator {
    width: 16px;
  }

  :host([shape='circular']),
  :host([shape='circular']) .indeterminate-indicator {
    border-radius: ${ft};
  }

  :host(${k}),
  :host(${k}${F}) {
    background-color: ${De};
    border-color: ${q};
  }

  :host(${k}) {
    cursor: unset;
  }

  :host(${k}${tt}) .indeterminate-indicator {
    background-color: ${q};
  }

  :host(${k}${F}) .checked-indicator {
    color: ${q};
  }

  @media (forced-colors: active) {
    :host {
      border-color: FieldText;
    }

    :host(:not([slot='input']:focus-visible))::after {
      border-color: Canvas;
    }

    :host(:not(${k}):hover),
    :host(${F}:not(${k}):hover),
    :host(:not([slot='input']):focus-visible)::after {
      border-color: Highlight;
    }

    .indeterminate-indicator,
    .checked-indicator {
      color: HighlightText;
    }

    :host(${F}),
    :host(${tt}) .indeterminate-indicator {
      background-color: FieldText;
    }

    :host(${F}:not(${k}):hover),
    :host(${tt}:not(${k}):hover) .indeterminate-indicator {
      background-color: Highlight;
    }

    :host(${k}) {
      border-color: GrayText;
    }

    :host(${k}${tt}) .indeterminate-indicator {
      background-color: GrayText;
    }

    :host(${k}),
    :host(${k}${F}) .checked-indicator {
      color: GrayText;
    }
  }
`;var _l=y.partial(`
    <svg
        fill="currentColor"
        aria-hidden="true"
        class="checked-indicator"
        width="1em"
        height="1em"
        viewBox="0 0 12 12"
        xmlns="http://www.w3.org/2000/svg">
            <path d="M9.76 3.2c.3.29.32.76.04 1.06l-4.25 4.5a.75.75 0 0 1-1.08.02L2.22 6.53a.75.75 0 0 1 1.06-1.06l1.7 1.7L8.7 3.24a.75.75 0 0 1 1.06-.04Z" fill="currentColor"></path>
    </svg>
`),Vl=y.partial(`
    <span class="indeterminate-indicator"></span>
`);function Wl(t={}){return y`
    <template
      @click="${(e,o)=>e.clickHandler(o.event)}"
      @input="${(e,o)=>e.inputHandler(o.event)}"
      @keydown="${(e,o)=>e.keydownHandler(o.event)}"
      @keyup="${(e,o)=>e.keyupHandler(o.event)}"
    >
      <slot name="checked-indicator">${Se(t.checkedIndicator)}</slot>
      <slot name="indeterminate-indicator">${Se(t.indeterminateIndicator)}</slot>
    </template>
  `}var pi=Wl({checkedIndicator:_l,indeterminateIndicator:Vl});var hi={name:di,registry:m.registry,styles:ui,template:pi};var bt=class extends be{indeterminateChanged(e,o){this.setAriaChecked(),P(this.elementInternals,"indeterminate",o)}constructor(){super(),this.elementInternals.role="checkbox"}setAriaChecked(e=this.checked){if(this.indeterminate){this.elementInternals.ariaChecked="mixed";return}super.setAriaChecked(e)}toggleChecked(e=!this.checked){this.indeterminate=!1,super.toggleChecked(e)}};s([v],bt.prototype,"indeterminate",void 0);s([d],bt.prototype,"shape",void 0);s([d],bt.prototype,"size",void 0);bt.define(hi);var gi={filledDarker:"filled-darker",filledLighter:"filled-lighter",outline:"outline",transparent:"transparent"};var ir={combobox:"combobox",dropdown:"dropdown",select:"select"},fi=`${m.prefix}-dropdown`;var sr=b.partial`
  font-family: ${S};
  font-size: ${oe};
  line-height: ${U};
  font-weight: ${_};
`,jg=b.partial`
  font-family: ${S};
  font-size: ${oe};
  line-height: ${U};
  font-weight: ${V};
`,Gg=b.partial`
  font-family: ${S};
  font-size: ${oe};
  line-height: ${U};
  font-weight: ${Ot};
`,mi=b.partial`
  font-family: ${S};
  font-size: ${re};
  line-height: ${K};
  font-weight: ${_};
`,lr=b.partial`
  font-family: ${S};
  font-size: ${te};
  line-height: ${G};
  font-weight: ${_};
`,Xg=b.partial`
  font-family: ${S};
  font-size: ${te};
  line-height: ${G};
  font-weight: ${V};
`,qg=b.partial`
  font-family: ${S};
  font-size: ${te};
  line-height: ${G};
  font-weight: ${Ot};
`,Ug=b.partial`
  font-family: ${S};
  font-size: ${to};
  line-height: ${oo};
  font-weight: ${_};
`,Kg=b.partial`
  font-family: ${S};
  font-size: ${to};
  line-height: ${oo};
  font-weight: ${V};
`,Yg=b.partial`
  font-family: ${S};
  font-size: ${Ht};
  line-height: ${Wo};
  font-weight: ${V};
`,Jg=b.partial`
  font-family: ${S};
  font-size: ${re};
  line-height: ${K};
  font-weight: ${V};
`,Qg=b.partial`
  font-family: ${S};
  font-size: ${re};
  line-height: ${K};
  font-weight: ${Ot};
`,Zg=b.partial`
  font-family: ${S};
  font-size: ${zo};
  line-height: ${Xo};
  font-weight: ${V};
`,ef=b.partial`
  font-family: ${S};
  font-size: ${Ro};
  line-height: ${Go};
  font-weight: ${V};
`,tf=b.partial`
  font-family: ${S};
  font-size: ${Dt};
  line-height: ${jo};
  font-weight: ${V};
`,of=b.partial`
  font-family: ${S};
  font-size: ${_o};
  line-height: ${qo};
  font-weight: ${V};
`,rf=b.partial`
  font-family: ${S};
  font-size: ${Vo};
  line-height: ${Uo};
  font-weight: ${V};
`;var bi=b`
  ${I("inline-flex")}

  :host {
    box-sizing: border-box;
    color: ${X};
    cursor: pointer;
  }

  :host(${da}) {
    color: ${Io};
  }

  .control {
    appearance: none;
    background-color: ${j};
    border-radius: ${M};
    border: ${T} solid ${de};
    box-shadow: inset 0 0 0 ${T} var(--control-border-color);
    box-sizing: border-box;
    color: inherit;
    column-gap: ${Le};
    display: inline-flex;
    justify-content: space-between;
    min-width: 160px;
    overflow: hidden;
    padding: ${Wr} ${Yo};
    white-space: normal;
    position: relative;
    text-align: start;
    width: 100%;
    z-index: 1;
    ${sr}
  }

  :host([size='small']) .control {
    column-gap: ${Le};
    padding: ${ro} ${Me};
    ${lr}
  }

  :host([size='large']) .control {
    column-gap: ${rt};
    padding: ${mt} ${je};
    ${mi}
  }

  ::slotted(:is(input, button)) {
    all: unset;
    flex: 1 1 auto;
  }

  ::slotted(button) {
    cursor: pointer;
  }

  ::slotted(input) {
    cursor: text;
  }

  :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    all: unset;
    align-items: center;
    appearance: none;
    aspect-ratio: 1;
    color: ${He};
    display: inline-flex;
    justify-content: center;
    width: 20px;
  }

  :host([size='small']) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    width: 16px;
  }

  :host([size='large']) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    width: 24px;
  }

  .control::after,
  .control::before {
    content: '' / '';
    inset: auto 0 0;
    pointer-events: none;
    position: absolute;
  }

  .control::before {
    height: ${T};
  }

  .control::after {
    background-color: ${Oe};
    height: ${ge};
    scale: 0 1;
    transition: scale ${Jo} ${er};
  }

  /**
  * focus-ring style uses lingering :focus-within selector due to platform limitations
  * TODO: Convert selector to \`:host(:has(:focus-visible)) .control\` when browser support increases
  * ISSUE: https://issues.chromium.org/issues/40062355
  */
  :host(:where(:focus-within)) .control {
    border-radius: ${M};
    box-shadow: inset 0 0 0 1px ${Aa};
    outline: ${ge} solid ${he};
  }

  :host(:where(${la}, :focus-within)) .control::after {
    scale: 1 1;
    transition-duration: ${Qo};
    transition-timing-function: ${Zo};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control::before {
    background-color: ${$e};
  }

  :host([appearance='transparent']) .control {
    --control-border-color: ${eo};
    background-color: ${ye};
    border-radius: ${Eo};
  }

  :host([appearance='outline']) .control {
    --control-border-color: ${ht};
  }

  :host([appearance='outline']) .control:hover {
    --control-border-color: ${Ct};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:hover::before {
    background-color: ${Ve};
  }

  :host([appearance='outline']) .control:hover::after {
    background-color: ${Tt};
  }

  :host([appearance='outline']) .control:active {
    --control-border-color: ${It};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:active::before {
    background-color: ${We};
  }

  :host(:where([appearance='outline'], [appearance='transparent'])) .control:active::after {
    background-color: ${At};
  }

  :host([appearance='filled-darker']) .control {
    background-color: ${Zt};
  }

  :host(:where([appearance='filled-lighter'], [appearance='filled-darker'])) .control {
    --control-border-color: ${de};
  }

  :host(${k}),
  :host(${k}) ::slotted(:where(button, input)) {
    cursor: not-allowed;
  }

  :host(${k}) .control::before,
  :host(${k}) .control::after {
    content: none;
  }

  :host(${k}) .control:is(*, :active, :hover),
  :host(${k}) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
    --control-border-color: ${q};
    background-color: ${De};
    color: ${xe};
  }

  ::slotted(:not([slot]):not([popover])),
  ::slotted([popover]:not(:popover-open)) {
    display: none;
  }

  @supports not (anchor-name: --anchor) {
    :host {
      --listbox-max-height: 50vh;
      --margin-offset: calc(${U} + (${Wr} * 2) + ${T});
    }

    :host([size='small']) {
      --margin-offset: calc(${G} + (${ro} * 2) + ${T});
    }

    :host([size='large']) {
      --margin-offset: calc(${K} + (${mt} * 2) + ${T});
    }
  }

  @media (forced-colors: active) {
    :host(${k}) .control {
      border-color: GrayText;
    }
    :host(${k}) :where(slot[name='indicator'] > *, ::slotted([slot='indicator'])) {
      color: GrayText;
    }
  }
`;var jl=y`
  <svg class="chevron-down-20-regular" aria-hidden="true" slot="indicator" viewBox="0 0 20 20" ${ee("indicator")}>
    <path
      d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16a.5.5 0 0 1 .7 0"
      fill="currentColor"
    />
  </svg>
`,vi=y`
  <input
    @input="${(t,e)=>t.inputHandler(e.event)}"
    @change="${(t,e)=>t.changeHandler(e.event)}"
    aria-activedescendant="${t=>t.activeDescendant}"
    aria-controls="${t=>t.listbox?.id??null}"
    aria-labelledby="${t=>t.ariaLabelledBy}"
    aria-expanded="${t=>t.open}"
    aria-haspopup="listbox"
    placeholder="${t=>t.placeholder}"
    role="combobox"
    ?disabled="${t=>t.disabled}"
    type="${t=>t.type}"
    value="${t=>t.valueAttribute}"
    slot="control"
    ${ee("control")}
  />
`,xi=y`
  <button
    aria-activedescendant="${t=>t.activeDescendant}"
    aria-controls="${t=>t.listbox?.id??null}"
    aria-expanded="${t=>t.open}"
    aria-haspopup="listbox"
    role="combobox"
    ?disabled="${t=>t.disabled}"
    type="button"
    slot="control"
    ${ee("control")}
  >
    ${t=>t.displayValue}
  </button>
`;function Gl(t={}){return y`
    <template
      @click="${(e,o)=>e.clickHandler(o.event)}"
      @focusout="${(e,o)=>e.focusoutHandler(o.event)}"
      @keydown="${(e,o)=>e.keydownHandler(o.event)}"
      @mousedown="${(e,o)=>e.mousedownHandler(o.event)}"
    >
      <div class="control">
        <slot name="control" ${ee("controlSlot")}></slot>
        <slot name="indicator" ${ee("indicatorSlot")}>${Se(t.indicator)}</slot>
      </div>
      <slot @slotchange="${(e,o)=>e.slotchangeHandler(o.event)}"></slot>
    </template>
  `}var yi=Gl({indicator:jl});var ki={name:fi,registry:m.registry,styles:bi,template:yi};function Xr(t,e="-listbox"){return t?.nodeType!==Node.ELEMENT_NODE?!1:t.tagName.toLowerCase().endsWith(e)}var Si=`${m.prefix}-listbox`;function Xe(t,e="-option"){return t?.nodeType!==Node.ELEMENT_NODE?!1:t.tagName.toLowerCase().endsWith(e)}var Bi=`${m.prefix}-option`;var Pi={ltr:"ltr",rtl:"rtl"},Ni=t=>t.closest("[dir]")?.dir==="rtl"?Pi.rtl:Pi.ltr;function qr(t){return t.closest("[lang]")?.lang??"en"}function wi(t,e){if("requestIdleCallback"in globalThis)return globalThis.requestIdleCallback(t,e);let o=Date.now();return setTimeout(()=>{t({didTimeout:e?.timeout?Date.now()-o>=e.timeout:!1,timeRemaining:()=>0})},e?.timeout??1)}function ao(t,e,o){let r=o?.shallow??!1,n=o?.timeout??50,a=o?.idleCallback??!1,i=`${r?":scope > ":""}:not(:defined)`,c=p=>{if(t.querySelector(i)===null||p&&p.timeRemaining()<=0){a?wi(e,{timeout:n}):e();return}wi(c,{timeout:n})};c()}var H=class t extends L{get activeDescendant(){if(this.open)return this.enabledOptions[this.activeIndex]?.id}activeIndexChanged(e,o){if(typeof o=="number"){let r=this.matches(":has(:focus-visible)")?o:-1;this.enabledOptions.forEach((n,a)=>{n.active=a===r}),this.open&&this.enabledOptions[r]?.scrollIntoView({block:"nearest"})}}controlChanged(e,o){o&&(o.id=o.id||me("input-"))}disabledChanged(e,o){this.listbox&&$.enqueue(()=>{this.options.forEach(r=>{r.disabled=r.disabledAttribute||this.disabled})})}get displayValue(){if(!this.$fastController.isConnected||!this.control||this.isCombobox&&this.multiple)return P(this.elementInternals,"placeholder-shown",!1),"";this.listFormatter=this.listFormatter??new Intl.ListFormat(qr(this),{type:"conjunction",style:"narrow"});let e=this.listFormatter.format(this.selectedOptions.map(o=>o.text));return P(this.elementInternals,"placeholder-shown",!e),this.isCombobox?e:e||this.placeholder}listboxChanged(e,o){if(e&&f.getNotifier(this).unsubscribe(e),o){o.dropdown=this,o.popover="manual",o.tabIndex=-1;let r=f.getNotifier(this);if(r.subscribe(o),r.notify("multiple"),$.enqueue(()=>{this.options.forEach(n=>{n.disabled=n.disabledAttribute||this.disabled,n.name=this.name}),this.enabledOptions.filter(n=>n.defaultSelected).forEach((n,a)=>{n.selected=this.multiple||a===0}),this.setValidity()}),Lr){let n=me("--dropdown-anchor-");this.style.setProperty("anchor-name",n),this.listbox.style.setProperty("position-anchor",n)}}}multipleChanged(e,o){this.elementInternals.ariaMultiSelectable=o?"true":"false",P(this.elementInternals,"multiple",o),this.value=null}nameChanged(e,o){this.listbox&&$.enqueue(()=>{this.options.forEach(r=>{r.name=o})})}openChanged(e,o){P(this.elementInternals,"open",o),this.elementInternals.ariaExpanded=o?"true":"false",this.activeIndex=this.selectedIndex??-1,Lr||this.anchorPositionFallback(o)}typeChanged(e,o){this.$fastController.isConnected&&this.insertControl()}get enabledOptions(){return this.listbox?.enabledOptions??Array.from(this.querySelectorAll("*")).filter(e=>Xe(e)&&!e.disabled)}static{this.formAssociated=!0}get freeformOption(){return this.enabledOptions.find(e=>e.freeform)}get isCombobox(){return this.type===ir.combobox}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}get options(){return this.listbox?.options??Array.from(this.querySelectorAll("*")).filter(e=>Xe(e))}get selectedIndex(){return this.enabledOptions.findIndex(e=>e.selected)??-1}get selectedOptions(){return this.listbox?.selectedOptions??[]}get validationMessage(){if(this.elementInternals.validationMessage)return this.elementInternals.validationMessage;if(!this._validationFallbackMessage){let e=document.createElement("input");e.type="radio",e.name="validation-message-fallback",e.required=!0,e.checked=!1,this._validationFallbackMessage=e.validationMessage}return!this.disabled&&this.required&&this.listbox.selectedOptions.length===0?this._validationFallbackMessage:""}get validity(){return this.elementInternals.validity}get value(){return f.notify(this,"value"),this.enabledOptions.find(e=>e.selected)?.value??null}set value(e){this.multiple||(this.selectOption(this.enabledOptions.findIndex(o=>o.value===e)),f.track(this,"value"))}get willValidate(){return this.elementInternals.willValidate}changeHandler(e){if(this===e.target)return!0;let o=this.isCombobox?this.enabledOptions.findIndex(r=>r.text===this.control.value):this.enabledOptions.indexOf(e.target);return this.selectOption(o,!0),!0}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){if(this.disabled)return;let o=e.target;if(this.focus(),(o===this.control||e.composedPath().includes(this.indicator))&&!this.isCombobox)return this.listbox.togglePopover(),!0;if(!this.open)return this.listbox.showPopover(),!0;if(Xe(o)){if(o.disabled)return;this.selectOption(this.enabledOptions.indexOf(o),!0),this.multiple||(this.isCombobox&&(this.control.value=o.text,this.updateFreeformOption()),this.listbox.hidePopover())}return!0}constructor(){super(),this.activeIndex=0,this.id=me("dropdown-"),this.required=!1,this.type=ir.dropdown,this.valueAttribute="",this.repositionListbox=()=>{this.frameId&&cancelAnimationFrame(this.frameId),this.frameId=requestAnimationFrame(()=>{let e=this.getBoundingClientRect(),o=window.innerWidth-e.right,r=e.left;this.listbox.style.minWidth=`${e.width}px`,this.listbox.style.top=`${e.top}px`,r+e.width>window.innerWidth||Ni(this)==="rtl"&&o-e.width>0?(this.listbox.style.right=`${o}px`,this.listbox.style.left="unset"):(this.listbox.style.left=`${r}px`,this.listbox.style.right="unset")})},this.elementInternals=this.attachInternals(),this._insertingControl=!1,this.searchTimeoutMs=500,this.searchString="",this.elementInternals.role="presentation"}filterOptions(e,o=this.enabledOptions){return this.listCollator||(this.listCollator=new Intl.Collator(qr(this),{usage:"search",sensitivity:"base"})),o.filter(r=>this.listCollator.compare(r.text.substring(0,Math.min(r.text.length,e.length)),e)===0)}focus(e){this.disabled||this.control.focus(e)}focusoutHandler(e){let o=e.relatedTarget;return this.open&&!this.contains(o)&&this.listbox.togglePopover(),!0}formResetCallback(){this.enabledOptions.forEach((e,o)=>{if(this.multiple){e.selected=!!e.defaultSelected;return}if(!e.defaultSelected){e.selected=!1;return}this.selectOption(o)}),this.setValidity()}getEnabledIndexInBounds(e,o=this.enabledOptions.length||0){return o===0?-1:(e+o)%o}inputHandler(e){this.open||this.listbox.showPopover(),this.updateFreeformOption();let o=this.control.value,r=this.enabledOptions.indexOf(this.filterOptions(o)[0]??null);return this.activeIndex=r,!0}insertControl(){if(!this._insertingControl){if(this._insertingControl=!0,this.controlSlot?.assignedNodes().forEach(e=>this.removeChild(e)),this.type===ir.combobox){vi.render(this,this);return}xi.render(this,this),this._insertingControl=!1}}handleSearchCharacter(e){let o=this.searchString===e.repeat(this.searchString.length);this.searchString+=e;let r=this.searchString.length>1?this.filterOptions(this.searchString):[],n=!1;if(!r.length&&o&&(r=this.filterOptions(e),n=!0),r.length){let a=this.enabledOptions[this.activeIndex],i=r.indexOf(a),c=n?r[this.getEnabledIndexInBounds(i+1,r.length)]:i>=0?a:r[0];this.activeIndex=this.enabledOptions.indexOf(c)}clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(()=>{this.searchString="",this.searchTimeout=void 0},this.searchTimeoutMs)}keydownHandler(e){let o=0;switch(e.key){case"ArrowUp":{e.preventDefault(),o=-1;break}case"ArrowDown":{e.preventDefault(),o=1;break}case" ":case"Enter":case"Tab":{if(e.key===" "){if(this.isCombobox)break;e.preventDefault()}if(this.open){if(this.selectOption(this.activeIndex,!0),this.multiple)break;return this.listbox.hidePopover(),e.key==="Tab"}this.listbox.showPopover();break}case"Escape":{this.activeIndex=this.multiple?0:this.selectedIndex,this.listbox.hidePopover();break}}if(!o)return!this.isCombobox&&e.key.length===1&&e.key!==" "&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&(this.open||this.listbox.showPopover(),this.handleSearchCharacter(e.key)),!0;if(!this.open){this.listbox.showPopover();return}let r=this.activeIndex;r+=o;let n=this.getEnabledIndexInBounds(r);return n===0&&this.freeformOption?.hidden&&(n=this.getEnabledIndexInBounds(r+o)),this.activeIndex=n,!0}mousedownHandler(e){if(!(this.disabled||e.target===this.control&&!this.isCombobox))return!Xe(e.target)}reportValidity(){return this.elementInternals.reportValidity()}selectOption(e=this.selectedIndex,o=!1){this.listbox.selectOption(e),this.control&&(this.control.value=this.displayValue),this.setValidity(),this.updateFreeformOption(),o&&this.$emit("change")}setValidity(e,o,r){if(!this.elementInternals)return;if(this.disabled||!this.required){this.elementInternals.setValidity({});return}let n=this.required&&this.listbox.selectedOptions.length===0;this.elementInternals.setValidity({valueMissing:n,...e},o??this.validationMessage,r??this.control)}slotchangeHandler(e){let o=e.target;ao(this,()=>{let r=o.assignedElements().find(n=>Xr(n));r&&(this.listbox=r)})}updateFreeformOption(e=this.control.value){if(this.freeformOption){if(e===""||this.filterOptions(e,this.enabledOptions.filter(o=>!o.freeform)).length){this.freeformOption.value="",this.freeformOption.selected=!1,this.freeformOption.hidden=!0;return}this.freeformOption.value=e,this.freeformOption.hidden=!1}}connectedCallback(){super.connectedCallback(),$.enqueue(()=>{this.insertControl()}),it(this)}disconnectedCallback(){t.AnchorPositionFallbackObserver?.disconnect(),this.debounceController?.abort(),this.searchTimeout&&(clearTimeout(this.searchTimeout),this.searchTimeout=void 0,this.searchString=""),super.disconnectedCallback()}anchorPositionFallback(e){if(t.AnchorPositionFallbackObserver||(t.AnchorPositionFallbackObserver=new IntersectionObserver(o=>{o.forEach(({boundingClientRect:r,isIntersecting:n,target:a})=>{if(Xr(a)){if(r.bottom>window.innerHeight){P(a.elementInternals,"flip-block",!0);return}r.top<0&&P(a.elementInternals,"flip-block",!1)}})},{threshold:1})),e){this.debounceController=new AbortController,t.AnchorPositionFallbackObserver.observe(this.listbox),window.addEventListener("scroll",this.repositionListbox,{passive:!0,capture:!0,signal:this.debounceController.signal}),window.addEventListener("resize",this.repositionListbox,{passive:!0,signal:this.debounceController.signal}),this.repositionListbox();return}t.AnchorPositionFallbackObserver.unobserve(this.listbox),this.debounceController?.abort(),this.frameId&&(cancelAnimationFrame(this.frameId),this.frameId=void 0)}};s([Bo],H.prototype,"activeDescendant",null);s([v],H.prototype,"activeIndex",void 0);s([d({attribute:"aria-labelledby",mode:"fromView"})],H.prototype,"ariaLabelledBy",void 0);s([v],H.prototype,"control",void 0);s([d({mode:"boolean"})],H.prototype,"disabled",void 0);s([Bo],H.prototype,"displayValue",null);s([d({attribute:"id"})],H.prototype,"id",void 0);s([v],H.prototype,"indicator",void 0);s([v],H.prototype,"indicatorSlot",void 0);s([d({attribute:"value",mode:"fromView"})],H.prototype,"initialValue",void 0);s([v],H.prototype,"listbox",void 0);s([d({mode:"boolean"})],H.prototype,"multiple",void 0);s([d],H.prototype,"name",void 0);s([v],H.prototype,"open",void 0);s([d],H.prototype,"placeholder",void 0);s([d({mode:"boolean"})],H.prototype,"required",void 0);s([d],H.prototype,"type",void 0);s([d({attribute:"value"})],H.prototype,"valueAttribute",void 0);var Mt=class extends H{constructor(){super(...arguments),this.appearance=gi.outline}};s([d],Mt.prototype,"appearance",void 0);s([d],Mt.prototype,"size",void 0);Mt.define(ki);var $i=b`
  ${I("inline-flex")}

  :host {
    background-color: ${j};
    border-radius: ${M};
    border: ${T} solid ${de};
    box-shadow: ${Ma};
    box-sizing: border-box;
    flex-direction: column;
    margin: 0;
    min-inline-size: 160px;
    padding: ${fe};
    row-gap: ${Le};
    width: auto;
  }

  :host([popover]) {
    inset: unset;
    overflow: auto;
  }

  @supports (anchor-name: --anchor) {
    :host([popover]) {
      position: fixed;
      max-block-size: var(--listbox-max-height, calc(50vh - anchor-size(self-block)));
      min-inline-size: anchor-size(inline);
      inset-block-start: anchor(outside);
      inset-inline-start: anchor(inside);
      position-try-fallbacks: flip-block, flip-inline, flip-inline flip-block;
    }
  }

  @supports not (anchor-name: --anchor) {
    :host([popover]) {
      margin-block-start: var(--margin-offset, 0);
      max-block-size: var(--listbox-max-height, 50vh);
      position: absolute;
    }

    :host([popover]${ia}) {
      margin-block-start: revert;
      translate: 0 -100%;
    }
  }
`;function Xl(){return y`
    <template
      @beforetoggle="${(t,e)=>t.beforetoggleHandler(e.event)}"
      @click="${(t,e)=>t.clickHandler(e.event)}"
    >
      <slot ${ee("defaultSlot")} @slotchange="${(t,e)=>t.slotchangeHandler(e.event)}"></slot>
    </template>
  `}var Fi=Xl();var Ti={name:Si,registry:m.registry,styles:$i,template:Fi};var qe=class extends L{defaultSlotChanged(){this.slotchangeHandler()}multipleChanged(e,o){this.elementInternals.ariaMultiSelectable=o?"true":"false",P(this.elementInternals,"multiple",o),$.enqueue(()=>{this.options.forEach(r=>{r.multiple=!!o})})}optionsChanged(e,o){o?.forEach((r,n)=>{r.elementInternals.ariaPosInSet=`${n+1}`,r.elementInternals.ariaSetSize=`${o.length}`})}beforetoggleHandler(e){if(!this.dropdown)return!0;if(this.dropdown.disabled){this.dropdown.open=!1;return}return this.dropdown.open=e.newState==="open",!0}get enabledOptions(){return this.options?.filter(e=>!e.disabled)??Array.from(this.querySelectorAll("*")).filter(e=>Xe(e)&&!e.disabled)??[]}get selectedOptions(){return this.options?.filter(e=>e.selected)??[]}clickHandler(e){if(this.dropdown)return!0;let o=e.target;return Xe(o)&&this.selectOption(this.enabledOptions.indexOf(o)),!0}constructor(){super(),this.elementInternals=this.attachInternals(),this.elementInternals.role="listbox"}connectedCallback(){super.connectedCallback(),ao(this,()=>{this.id=this.id||me("listbox-")},{shallow:!0})}handleChange(e,o){if(o==="multiple"){this.multiple=e.multiple;return}}selectOption(e=this.selectedIndex){let o=this.selectedIndex;if(!this.multiple)this.enabledOptions.forEach((r,n)=>{let a=n===e;r.selected=a,a&&(o=n)});else{let r=this.enabledOptions[e];r&&(r.selected=!r.selected),o=e}this.selectedIndex=o}slotchangeHandler(e){ao(this,()=>{if(this.defaultSlot){let o=this.defaultSlot.assignedElements().filter(r=>Xe(r));this.options=o}})}};s([v],qe.prototype,"defaultSlot",void 0);s([v],qe.prototype,"multiple",void 0);s([v],qe.prototype,"options",void 0);s([v],qe.prototype,"selectedIndex",void 0);s([v],qe.prototype,"dropdown",void 0);qe.define(Ti);var Ai=b`
  ${I("inline-grid")}

  :host {
    -webkit-tap-highlight-color: transparent;
    ${sr}
    align-items: center;
    background-color: ${j};
    border-radius: ${M};
    box-sizing: border-box;
    color: ${pt};
    column-gap: ${fe};
    cursor: pointer;
    grid-template-areas: 'indicator start content';
    grid-template-columns: auto auto 1fr;
    min-height: 32px;
    padding: ${Me};
    text-align: start;
  }

  .content {
    grid-area: content;
    line-height: 1;
  }

  ::slotted([slot='start']) {
    grid-area: start;
  }

  :host(:hover) {
    background-color: ${Do};
    color: ${Ao};
  }

  :host(:active) {
    background-color: ${Oo};
    color: ${Co};
  }

  :host(${k}) {
    background-color: ${j};
    color: ${xe};
    cursor: default;
  }

  .checkmark-16-filled {
    fill: currentColor;
    width: 16px;
  }

  slot[name='checked-indicator'] > *,
  ::slotted([slot='checked-indicator']) {
    aspect-ratio: 1;
    flex: 0 0 auto;
    grid-area: indicator;
    visibility: hidden;
  }

  :host(${To}) :is(slot[name='checked-indicator'] > *, ::slotted([slot='checked-indicator'])) {
    visibility: visible;
  }

  :host(${ut}) .checkmark-16-filled,
  :host(:not(${ut})) .checkmark-12-regular {
    display: none;
  }

  :host(${ut}) .checkmark-12-regular {
    background-color: ${j};
    border-radius: ${gt};
    border: ${T} solid ${$e};
    box-sizing: border-box;
    cursor: pointer;
    fill: transparent;
    position: relative;
    visibility: visible;
    width: 16px;
  }

  :host(${ut}${To}) .checkmark-12-regular {
    background-color: ${Ft};
    border-color: ${Oe};
    fill: ${ot};
  }

  :host(${k}${ut}) .checkmark-12-regular {
    border-color: ${q};
  }

  :host(${k}${ut}${To}) .checkmark-12-regular {
    background-color: ${De};
  }

  :host(${oa}) {
    border: ${ge} solid ${he};
  }

  @supports (selector(:host(:has(*)))) {
    :host(:has([slot='start']:not([size='16']))) {
      column-gap: ${Me};
    }
  }

  :host(${aa}) {
    column-gap: ${Me};
    grid-template-areas:
      'indicator start content'
      'indicator start description';
  }

  ::slotted([slot='description']) {
    color: ${He};
    grid-area: description;
    ${lr}
  }

  @media (forced-colors: active) {
    :host(${k}) {
      color: GrayText;
    }
  }
`;var Et=class{};function cr(t){return y` <slot name="end" ${ee("end")}>${Se(t.end)}</slot> `.inline()}function Rt(t){return y` <slot name="start" ${ee("start")}>${Se(t.start)}</slot> `.inline()}var ql=y.partial(`
  <svg aria-hidden="true" class="checkmark-16-filled" viewBox="0 0 16 16">
    <path
      d="M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032"
    />
  </svg>
  <svg aria-hidden="true" class="checkmark-12-regular" viewBox="0 0 12 12">
    <path
      d="M9.854 3.146a.5.5 0 0 1 0 .708l-4.5 4.5a.5.5 0 0 1-.708 0l-2-2a.5.5 0 1 1 .708-.708L5 7.293l4.146-4.147a.5.5 0 0 1 .708 0"
    />
  </svg>
`);function Ul(t={}){return y`
    <slot name="checked-indicator">${Se(t.checkedIndicator)}</slot>
    ${Rt(t)}
    <div class="content" part="content">
      <slot ${ce({property:"freeformOutputs",filter:qt("output")})}></slot>
    </div>
    <div class="description" part="description">
      <slot name="description" ${ce("descriptionSlot")}></slot>
    </div>
  `}var Ci=Ul({checkedIndicator:ql});var Ii={name:Bi,registry:m.registry,styles:Ai,template:Ci};var W=class extends L{activeChanged(e,o){P(this.elementInternals,"active",o)}currentSelectedChanged(e,o){this.selected=!!o}defaultSelectedChanged(e,o){this.selected=!!o}descriptionSlotChanged(e,o){P(this.elementInternals,"description",!!o?.length)}disabledChanged(e,o){this.elementInternals.ariaDisabled=this.disabled?"true":"false",P(this.elementInternals,"disabled",this.disabled),this.setFormValue(!this.disabled&&this.selected?this.value:null)}disabledAttributeChanged(e,o){this.disabled=!!o}initialValueChanged(e,o){this._value=o}multipleChanged(e,o){P(this.elementInternals,"multiple",o),this.selected=!1}get form(){return this.elementInternals.form}static{this.formAssociated=!0}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}get selected(){return f.track(this,"selected"),!!this.currentSelected}set selected(e){this.currentSelected=e,$.enqueue(()=>{this.elementInternals&&(this.setFormValue(e?this.value:null),this.elementInternals.ariaSelected=e?"true":"false",P(this.elementInternals,"selected",e))}),f.notify(this,"selected")}get text(){return this.freeform?this.value.replace(/\s+/g," ").trim():(this.textAttribute??this.textContent)?.replace(/\s+/g," ").trim()??""}get value(){return f.track(this,"value"),this._value??this.text}set value(e){this._value=e,this.$fastController.isConnected&&(this.setFormValue(this.selected?e:null),this.freeformOutputs?.forEach(o=>{o.value=e}),f.notify(this,"value"))}connectedCallback(){super.connectedCallback(),this.freeform&&(this.value="",this.hidden=!0,this.selected=!1)}constructor(){super(),this.active=!1,this.id=me("option-"),this.initialValue="",this.multiple=!1,this.elementInternals=this.attachInternals(),this._value=this.initialValue,this.elementInternals.role="option"}setFormValue(e,o){if(this.disabled){this.elementInternals.setFormValue(null);return}this.elementInternals.setFormValue(e,e??o)}toggleSelected(e=!this.selected){this.selected=e}};s([v],W.prototype,"active",void 0);s([d({attribute:"current-selected",mode:"boolean"})],W.prototype,"currentSelected",void 0);s([d({attribute:"selected",mode:"boolean"})],W.prototype,"defaultSelected",void 0);s([v],W.prototype,"descriptionSlot",void 0);s([v],W.prototype,"disabled",void 0);s([d({attribute:"disabled",mode:"boolean"})],W.prototype,"disabledAttribute",void 0);s([d({attribute:"form"})],W.prototype,"formAttribute",void 0);s([d({mode:"boolean"})],W.prototype,"freeform",void 0);s([d({attribute:"id"})],W.prototype,"id",void 0);s([d({attribute:"value",mode:"fromView"})],W.prototype,"initialValue",void 0);s([v],W.prototype,"multiple",void 0);s([d],W.prototype,"name",void 0);s([v],W.prototype,"start",void 0);s([d({attribute:"text",mode:"fromView"})],W.prototype,"textAttribute",void 0);W.define(Ii);var Hi={email:"email",password:"password",tel:"tel",text:"text",url:"url"},Di=["date","datetime-local","email","month","number","password","search","tel","text","time","url","week"],Oi=`${m.prefix}-text-input`;var Li=b`
  ${I("block")}

  :host {
    font-family: ${S};
    font-size: ${oe};
    font-weight: ${_};
    line-height: ${U};
    max-width: 400px;
  }
  .label {
    display: flex;
    color: ${X};
    padding-bottom: ${ro};
    flex-shrink: 0;
    padding-inline-end: ${fe};
  }

  .label[hidden],
  :host(:empty) .label {
    display: none;
  }

  .root {
    align-items: center;
    background-color: ${j};
    border: ${T} solid ${ht};
    border-bottom-color: ${$e};
    border-radius: ${M};
    box-sizing: border-box;
    height: 32px;
    display: inline-flex;
    flex-direction: row;
    gap: ${Le};
    padding: 0 ${Yo};
    position: relative;
    width: 100%;
  }

  :has(.control:user-invalid) {
    border-color: ${Ca};
  }

  .root::after {
    box-sizing: border-box;
    content: '';
    position: absolute;
    left: -1px;
    bottom: 0px;
    right: -1px;
    height: max(2px, ${M});
    border-radius: 0 0 ${M} ${M};
    border-bottom: 2px solid ${Oe};
    clip-path: inset(calc(100% - 2px) 1px 0px);
    transform: scaleX(0);
    transition-property: transform;
    transition-duration: ${Jo};
    transition-delay: ${Zo};
  }
  .control {
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    color: ${X};
    border-radius: ${M};
    background: ${ye};
    font-family: ${S};
    font-weight: ${_};
    font-size: ${oe};
    border: none;
    vertical-align: center;
  }
  .control:focus-visible {
    outline: 0;
    border: 0;
  }
  .control::placeholder {
    color: ${Io};
  }
  :host ::slotted([slot='start']),
  :host ::slotted([slot='end']) {
    display: flex;
    align-items: center;
    justify-content: center;
    color: ${He};
    font-size: ${Ht};
  }
  :host ::slotted([slot='start']) {
    padding-right: ${Le};
  }
  :host ::slotted([slot='end']) {
    padding-left: ${Le};
    gap: ${fe};
  }
  :host(:hover) .root {
    border-color: ${Ct};
    border-bottom-color: ${Ve};
  }
  :host(:active) .root {
    border-color: ${It};
  }
  :host(:focus-within) .root {
    outline: transparent solid 2px;
    border-bottom: 0;
  }
  :host(:focus-within) .root::after {
    transform: scaleX(1);
    transition-property: transform;
    transition-duration: ${Qo};
    transition-delay: ${er};
  }
  :host(:focus-within:active) .root:after {
    border-bottom-color: ${Lo};
  }
  :host([appearance='outline']:focus-within) .root {
    border: ${T} solid ${ht};
  }
  :host(:focus-within) .control {
    color: ${X};
  }
  :host(${k}) .root {
    background: ${ye};
    border: ${T} solid ${q};
  }
  :host(${k}) .control::placeholder,
  :host(${k}) ::slotted([slot='start']),
  :host(${k}) ::slotted([slot='end']) {
    color: ${xe};
  }
  ::selection {
    color: ${ot};
    background-color: ${Sa};
  }
  :host([control-size='small']) .control {
    font-size: ${te};
    font-weight: ${_};
    line-height: ${G};
  }
  :host([control-size='small']) .root {
    height: 24px;
    gap: ${Le};
    padding: 0 ${Me};
  }
  :host([control-size='small']) ::slotted([slot='start']),
  :host([control-size='small']) ::slotted([slot='end']) {
    font-size: ${re};
  }
  :host([control-size='large']) .control {
    font-size: ${re};
    font-weight: ${_};
    line-height: ${K};
  }
  :host([control-size='large']) .root {
    height: 40px;
    gap: ${rt};
    padding: 0 ${je};
  }
  :host([control-size='large']) ::slotted([slot='start']),
  :host([control-size='large']) ::slotted([slot='end']) {
    font-size: ${Dt};
  }
  :host([appearance='underline']) .root {
    background: ${ye};
    border: 0;
    border-radius: 0;
    border-bottom: ${T} solid ${$e};
  }
  :host([appearance='underline']:hover) .root {
    border-bottom-color: ${Ve};
  }
  :host([appearance='underline']:active) .root {
    border-bottom-color: ${We};
  }
  :host([appearance='underline']:focus-within) .root {
    border: 0;
    border-bottom-color: ${We};
  }
  :host([appearance='underline']${k}) .root {
    border-bottom-color: ${q};
  }
  :host([appearance='filled-lighter']) .root,
  :host([appearance='filled-darker']) .root {
    border: ${T} solid ${de};
    box-shadow: ${Ko};
  }
  :host([appearance='filled-lighter']) .root {
    background: ${j};
  }
  :host([appearance='filled-darker']) .root {
    background: ${Zt};
  }
  :host([appearance='filled-lighter']:hover) .root,
  :host([appearance='filled-darker']:hover) .root {
    border-color: ${eo};
  }
  :host([appearance='filled-lighter']:active) .root,
  :host([appearance='filled-darker']:active) .root {
    border-color: ${eo};
    background: ${Zt};
  }
`;function Kl(t={}){return y`
    <template @keydown="${(e,o)=>e.keydownHandler(o.event)}">
      <label part="label" for="control" class="label" ${ee("controlLabel")}>
        <slot ${ce("defaultSlottedNodes")}></slot>
      </label>
      <div class="root" part="root">
        ${Rt(t)}
        <input
          class="control"
          part="control"
          id="control"
          @change="${(e,o)=>e.changeHandler(o.event)}"
          @input="${(e,o)=>e.inputHandler(o.event)}"
          autocomplete="${e=>e.autocomplete}"
          ?disabled="${e=>e.disabled}"
          list="${e=>e.list}"
          maxlength="${e=>e.maxlength}"
          minlength="${e=>e.minlength}"
          ?multiple="${e=>e.multiple}"
          name="${e=>e.name}"
          pattern="${e=>e.pattern}"
          placeholder="${e=>e.placeholder}"
          ?readonly="${e=>e.readOnly}"
          ?required="${e=>e.required}"
          size="${e=>e.size}"
          spellcheck="${e=>e.spellcheck}"
          type="${e=>e.type}"
          value="${e=>e.value}"
          ${ee("control")}
        />
        ${cr(t)}
      </div>
    </template>
  `}var Mi=Kl();var Ei={name:Oi,registry:m.registry,shadowOptions:{delegatesFocus:!0},styles:Li,template:Mi};function dr(t,...e){let o=Pt.locate(t);e.forEach(r=>{Object.getOwnPropertyNames(r.prototype).forEach(a=>{a!=="constructor"&&Object.defineProperty(t.prototype,a,Object.getOwnPropertyDescriptor(r.prototype,a))}),Pt.locate(r).forEach(a=>o.push(a))})}var N=class extends L{constructor(){super(...arguments),this.type=Hi.text,this.dirtyValue=!1,this.elementInternals=this.attachInternals()}currentValueChanged(e,o){this.value=o}defaultSlottedNodesChanged(e,o){$.enqueue(()=>{this.controlLabel&&(this.controlLabel.hidden=!o?.some(r=>r.nodeType===Node.ELEMENT_NODE||r.nodeType===Node.TEXT_NODE&&!!r.textContent?.trim()))})}initialValueChanged(){this.dirtyValue||(this.value=this.initialValue)}readOnlyChanged(){this.$fastController.isConnected&&(this.elementInternals.ariaReadOnly=`${!!this.readOnly}`)}requiredChanged(e,o){this.$fastController.isConnected&&(this.elementInternals.ariaRequired=`${!!o}`)}controlChanged(e,o){$.enqueue(()=>{this.$fastController.isConnected&&this.setValidity()})}static{this.formAssociated=!0}get validity(){return this.elementInternals.validity}get validationMessage(){return this.elementInternals.validationMessage||this.control.validationMessage}get value(){return f.track(this,"value"),this.currentValue}set value(e){this.currentValue=e,this.elementInternals&&this.control&&(this.control.value=e??"",this.setFormValue(e),this.setValidity(),f.notify(this,"value"))}get willValidate(){return this.elementInternals.willValidate}get form(){return this.elementInternals.form}changeHandler(e){return this.setValidity(),this.$emit("change",e,{bubbles:!0,composed:!0}),!0}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){return e.target===this&&this.control?.click(),!0}connectedCallback(){super.connectedCallback(),this.setFormValue(this.value),this.setValidity(),it(this)}formResetCallback(){this.value=this.initialValue,this.dirtyValue=!1}implicitSubmit(){if(!this.elementInternals.form)return;if(this.elementInternals.form.elements.length===1){this.elementInternals.form.requestSubmit();return}let e=[...this.elementInternals.form.elements],o=e.find(n=>n.getAttribute("type")==="submit");if(o){o.click();return}e.filter(n=>Di.includes(n.getAttribute("type")??"")).length>1||this.elementInternals.form.requestSubmit()}inputHandler(e){return this.dirtyValue=!0,this.value=this.control.value,!0}keydownHandler(e){return e.key==="Enter"&&this.implicitSubmit(),!0}select(){this.control.select(),this.$emit("select")}setCustomValidity(e){this.elementInternals.setValidity({customError:!0},e),this.reportValidity()}reportValidity(){return this.elementInternals.reportValidity()}setFormValue(e,o){this.elementInternals?.setFormValue(e,e??o)}setValidity(e,o,r){if(this.elementInternals&&this.control){if(this.disabled){this.elementInternals.setValidity({});return}this.elementInternals.setValidity(e??this.control.validity,o??this.validationMessage,r??this.control)}}};s([d],N.prototype,"autocomplete",void 0);s([d({attribute:"current-value"})],N.prototype,"currentValue",void 0);s([v],N.prototype,"defaultSlottedNodes",void 0);s([d],N.prototype,"dirname",void 0);s([d({mode:"boolean"})],N.prototype,"disabled",void 0);s([d({attribute:"form"})],N.prototype,"formAttribute",void 0);s([d({attribute:"value",mode:"fromView"})],N.prototype,"initialValue",void 0);s([d],N.prototype,"list",void 0);s([d({converter:Vt})],N.prototype,"maxlength",void 0);s([d({converter:Vt})],N.prototype,"minlength",void 0);s([d({mode:"boolean"})],N.prototype,"multiple",void 0);s([d],N.prototype,"name",void 0);s([d],N.prototype,"pattern",void 0);s([d],N.prototype,"placeholder",void 0);s([d({attribute:"readonly",mode:"boolean"})],N.prototype,"readOnly",void 0);s([d({mode:"boolean"})],N.prototype,"required",void 0);s([d({converter:Vt})],N.prototype,"size",void 0);s([d({converter:{fromView:t=>typeof t=="string"?["true",""].includes(t.trim().toLowerCase()):null,toView:t=>t.toString()}})],N.prototype,"spellcheck",void 0);s([d],N.prototype,"type",void 0);s([v],N.prototype,"control",void 0);s([v],N.prototype,"controlLabel",void 0);var vt=class extends N{};s([d],vt.prototype,"appearance",void 0);s([d({attribute:"control-size"})],vt.prototype,"controlSize",void 0);dr(vt,Et);vt.define(Ei);var io={submit:"submit",reset:"reset",button:"button"};var Ri=`${m.prefix}-button`;var Yl=b`
  ${I("inline-flex")}

  :host {
    --icon-spacing: ${Me};
    position: relative;
    contain: layout style;
    vertical-align: middle;
    align-items: center;
    box-sizing: border-box;
    justify-content: center;
    text-align: center;
    text-decoration-line: none;
    margin: 0;
    min-height: 32px;
    outline-style: none;
    background-color: ${j};
    color: ${X};
    border: ${T} solid ${ht};
    padding: 0 ${je};
    min-width: 96px;
    border-radius: ${M};
    font-size: ${oe};
    font-family: ${S};
    font-weight: ${V};
    line-height: ${U};
    transition-duration: ${_a};
    transition-property: background, border, color;
    transition-timing-function: ${Va};
    cursor: pointer;
    user-select: none;
  }

  .content {
    display: inherit;
  }

  :host(:hover) {
    background-color: ${Do};
    color: ${ya};
    border-color: ${Ct};
  }

  :host(:hover:active) {
    background-color: ${Oo};
    border-color: ${It};
    color: ${ka};
    outline-style: none;
  }

  :host(:focus-visible) {
    border-color: ${de};
    outline: ${ge} solid ${de};
    box-shadow: ${La}, 0 0 0 2px ${he};
  }

  @media screen and (prefers-reduced-motion: reduce) {
    :host {
      transition-duration: 0.01ms;
    }
  }

  ::slotted(svg) {
    font-size: 20px;
    height: 20px;
    width: 20px;
    fill: currentColor;
  }

  ::slotted([slot='start']) {
    margin-inline-end: var(--icon-spacing);
  }

  ::slotted([slot='end']),
  [slot='end'] {
    flex-shrink: 0;
    margin-inline-start: var(--icon-spacing);
  }

  :host([icon-only]) {
    min-width: 32px;
    max-width: 32px;
  }

  :host([size='small']) {
    --icon-spacing: ${fe};
    min-height: 24px;
    min-width: 64px;
    padding: 0 ${rt};
    border-radius: ${gt};
    font-size: ${te};
    line-height: ${G};
    font-weight: ${_};
  }

  :host([size='small'][icon-only]) {
    min-width: 24px;
    max-width: 24px;
  }

  :host([size='large']) {
    min-height: 40px;
    border-radius: ${Ia};
    padding: 0 ${Ea};
    font-size: ${re};
    line-height: ${K};
  }

  :host([size='large'][icon-only]) {
    min-width: 40px;
    max-width: 40px;
  }

  :host([size='large']) ::slotted(svg) {
    font-size: 24px;
    height: 24px;
    width: 24px;
  }

  :host(:is([shape='circular'], [shape='circular']:focus-visible)) {
    border-radius: ${ft};
  }

  :host(:is([shape='square'], [shape='square']:focus-visible)) {
    border-radius: ${Eo};
  }

  :host([appearance='primary']) {
    background-color: ${wa};
    color: ${Ho};
    border-color: transparent;
  }

  :host([appearance='primary']:hover) {
    background-color: ${$a};
  }

  :host([appearance='primary']:is(:hover, :hover:active):not(:focus-visible)) {
    border-color: transparent;
  }

  :host([appearance='primary']:is(:hover, :hover:active)) {
    color: ${Ho};
  }

  :host([appearance='primary']:hover:active) {
    background-color: ${Fa};
  }

  :host([appearance='primary']:focus-visible) {
    border-color: ${Ho};
    box-shadow: ${Ko}, 0 0 0 2px ${he};
  }

  :host([appearance='outline']) {
    background-color: ${ye};
  }

  :host([appearance='outline']:hover) {
    background-color: ${zr};
  }

  :host([appearance='outline']:hover:active) {
    background-color: ${_r};
  }

  :host([appearance='subtle']) {
    background-color: ${Ba};
    color: ${pt};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) {
    background-color: ${Pa};
    color: ${Ao};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover:active) {
    background-color: ${Na};
    color: ${Co};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) ::slotted(svg) {
    fill: ${Er};
  }

  :host([appearance='subtle']:hover:active) ::slotted(svg) {
    fill: ${Rr};
  }

  :host([appearance='transparent']) {
    background-color: ${ye};
    color: ${pt};
  }

  :host([appearance='transparent']:hover) {
    background-color: ${zr};
    color: ${Er};
  }

  :host([appearance='transparent']:hover:active) {
    background-color: ${_r};
    color: ${Rr};
  }

  :host(:is([appearance='transparent'], [appearance='transparent']:is(:hover, :active))) {
    border-color: transparent;
  }
`,zi=b`
  ${Yl}

  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable])),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover:active) {
    background-color: ${De};
    border-color: ${q};
    color: ${xe};
    cursor: not-allowed;
  }

  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
  }

  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${ye};
  }

  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${ye};
    border-color: transparent;
  }

  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
    background-color: ${ye};
  }

  @media (forced-colors: active) {
    :host {
      background-color: ButtonFace;
      color: ButtonText;
    }

    :host(:is(:hover, :focus-visible)) {
      border-color: Highlight !important;
    }

    :host([appearance='primary']:not(:is(:hover, :focus-visible))) {
      background-color: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    :host(
        :is(
            :disabled,
            [disabled],
            [disabled-focusable],
            [appearance]:disabled,
            [appearance][disabled],
            [appearance][disabled-focusable]
          )
      ) {
      background-color: ButtonFace;
      color: GrayText;
      border-color: ButtonText;
    }
  }
`;function Jl(t={}){return y`
    <template
      @click="${(e,o)=>e.clickHandler(o.event)}"
      @keypress="${(e,o)=>e.keypressHandler(o.event)}"
    >
      ${Rt(t)}
      <span class="content" part="content">
        <slot ${ce("defaultSlottedContent")}></slot>
      </span>
      ${cr(t)}
    </template>
  `}var _i=Jl();var Vi={name:Ri,registry:m.registry,styles:zi,template:_i};var Y=class extends L{disabledChanged(){this.setTabIndex()}disabledFocusableChanged(e,o){this.elementInternals&&(this.elementInternals.ariaDisabled=`${!!o}`)}get form(){return this.elementInternals.form}static{this.formAssociated=!0}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}typeChanged(e,o){o!==io.submit&&(this.formSubmissionFallbackControl?.remove(),this.shadowRoot?.querySelector('slot[name="internal"]')?.remove())}clickHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}return this.press(),!0}connectedCallback(){super.connectedCallback(),this.elementInternals.ariaDisabled=`${!!this.disabledFocusable}`,this.setTabIndex(),it(this)}constructor(){super(),this.disabledFocusable=!1,this.elementInternals=this.attachInternals(),this.elementInternals.role="button"}createAndInsertFormSubmissionFallbackControl(){let e=this.formSubmissionFallbackControlSlot??document.createElement("slot");e.setAttribute("name","internal"),this.shadowRoot?.appendChild(e),this.formSubmissionFallbackControlSlot=e;let o=this.formSubmissionFallbackControl??document.createElement("button");o.style.display="none",o.setAttribute("type","submit"),o.setAttribute("slot","internal"),this.formNoValidate&&o.toggleAttribute("formnovalidate",!0),this.elementInternals.form?.id&&o.setAttribute("form",this.elementInternals.form.id),this.name&&o.setAttribute("name",this.name),this.value&&o.setAttribute("value",this.value),this.formAction&&o.setAttribute("formaction",this.formAction??""),this.formEnctype&&o.setAttribute("formenctype",this.formEnctype??""),this.formMethod&&o.setAttribute("formmethod",this.formMethod??""),this.formTarget&&o.setAttribute("formtarget",this.formTarget??""),this.append(o),this.formSubmissionFallbackControl=o}formDisabledCallback(e){this.disabled=e}keypressHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}if(e.key==="Enter"||e.key===" "){this.click();return}return!0}press(){switch(this.type){case io.reset:{this.resetForm();break}case io.submit:{this.submitForm();break}}}resetForm(){this.elementInternals.form?.reset()}setTabIndex(){if(this.disabled){this.removeAttribute("tabindex");return}this.tabIndex=Number(this.getAttribute("tabindex")??0)<0?-1:0}submitForm(){if(!(!this.elementInternals.form||this.disabled||this.type!==io.submit)){if(!this.name&&!this.formAction&&!this.formEnctype&&!this.formAttribute&&!this.formMethod&&!this.formNoValidate&&!this.formTarget){this.elementInternals.form.requestSubmit();return}try{this.elementInternals.setFormValue(this.value??""),this.elementInternals.form.requestSubmit(this)}catch{this.createAndInsertFormSubmissionFallbackControl(),this.elementInternals.setFormValue(null),this.elementInternals.form.requestSubmit(this.formSubmissionFallbackControl)}}}};s([v],Y.prototype,"defaultSlottedContent",void 0);s([d({mode:"boolean"})],Y.prototype,"disabled",void 0);s([d({attribute:"disabled-focusable",mode:"boolean"})],Y.prototype,"disabledFocusable",void 0);s([d({attribute:"formaction"})],Y.prototype,"formAction",void 0);s([d({attribute:"form"})],Y.prototype,"formAttribute",void 0);s([d({attribute:"formenctype"})],Y.prototype,"formEnctype",void 0);s([d({attribute:"formmethod"})],Y.prototype,"formMethod",void 0);s([d({attribute:"formnovalidate",mode:"boolean"})],Y.prototype,"formNoValidate",void 0);s([d({attribute:"formtarget"})],Y.prototype,"formTarget",void 0);s([d],Y.prototype,"name",void 0);s([d],Y.prototype,"type",void 0);s([d],Y.prototype,"value",void 0);var Ue=class extends Y{constructor(){super(...arguments),this.iconOnly=!1}};s([d],Ue.prototype,"appearance",void 0);s([d],Ue.prototype,"shape",void 0);s([d],Ue.prototype,"size",void 0);s([d({attribute:"icon-only",mode:"boolean"})],Ue.prototype,"iconOnly",void 0);dr(Ue,Et);Ue.define(Vi);var Wi=`${m.prefix}-text`;var ji=b`
  ${I("inline")}

  :host {
    font-family: ${S};
    font-size: ${oe};
    line-height: ${U};
    font-weight: ${_};
    text-align: start;
  }

  :host([nowrap]),
  :host([nowrap]) ::slotted(*) {
    white-space: nowrap;
    overflow: hidden;
  }
  :host([truncate]),
  :host([truncate]) ::slotted(*) {
    text-overflow: ellipsis;
  }
  :host([block]) {
    display: block;
  }
  :host([italic]) {
    font-style: italic;
  }
  :host([underline]) {
    text-decoration-line: underline;
  }
  :host([strikethrough]) {
    text-decoration-line: line-through;
  }
  :host([underline][strikethrough]) {
    text-decoration-line: line-through underline;
  }
  :host([size='100']) {
    font-size: ${to};
    line-height: ${oo};
  }
  :host([size='200']) {
    font-size: ${te};
    line-height: ${G};
  }
  :host([size='400']) {
    font-size: ${re};
    line-height: ${K};
  }
  :host([size='500']) {
    font-size: ${Ht};
    line-height: ${Wo};
  }
  :host([size='600']) {
    font-size: ${Dt};
    line-height: ${jo};
  }
  :host([size='700']) {
    font-size: ${Ro};
    line-height: ${Go};
  }
  :host([size='800']) {
    font-size: ${zo};
    line-height: ${Xo};
  }
  :host([size='900']) {
    font-size: ${_o};
    line-height: ${qo};
  }
  :host([size='1000']) {
    font-size: ${Vo};
    line-height: ${Uo};
  }
  :host([font='monospace']) {
    font-family: ${Ha};
  }
  :host([font='numeric']) {
    font-family: ${Da};
  }
  :host([weight='medium']) {
    font-weight: ${Oa};
  }
  :host([weight='semibold']) {
    font-weight: ${V};
  }
  :host([weight='bold']) {
    font-weight: ${Ot};
  }
  :host([align='center']) {
    text-align: center;
  }
  :host([align='end']) {
    text-align: end;
  }
  :host([align='justify']) {
    text-align: justify;
  }

  ::slotted(*) {
    font: inherit;
    line-height: inherit;
    text-decoration-line: inherit;
    text-align: inherit;
    text-decoration-line: inherit;
    margin: 0;
  }
`;var Gi=y`<slot></slot>`;var Xi={name:Wi,registry:m.registry,styles:ji,template:Gi};var ue=class extends L{constructor(){super(...arguments),this.elementInternals=this.attachInternals(),this.nowrap=!1,this.truncate=!1,this.italic=!1,this.underline=!1,this.strikethrough=!1,this.block=!1}};s([d({mode:"boolean"})],ue.prototype,"nowrap",void 0);s([d({mode:"boolean"})],ue.prototype,"truncate",void 0);s([d({mode:"boolean"})],ue.prototype,"italic",void 0);s([d({mode:"boolean"})],ue.prototype,"underline",void 0);s([d({mode:"boolean"})],ue.prototype,"strikethrough",void 0);s([d({mode:"boolean"})],ue.prototype,"block",void 0);s([d],ue.prototype,"size",void 0);s([d],ue.prototype,"font",void 0);s([d],ue.prototype,"weight",void 0);s([d],ue.prototype,"align",void 0);ue.define(Xi);var Ql="adoptedStyleSheets"in document,Zl="CSSScopeRule"in window,Ur=new Map,Kr=new Map,lo=new Map,Yr=new Map,so=new CSSStyleSheet;function ur(t,e=document){if(!(!e||!nc(e))){if(!Ql||e instanceof HTMLElement&&!e.shadowRoot&&!Zl){let o=e===document?document.documentElement:e;cc(t,o);return}[document,document.documentElement,document.body].includes(e)?ac(t):ic(t,e)}}var ec=/^[a-zA-Z_-][a-zA-Z0-9_-]*$/;function tc(t){return ec.test(t)?t:""}var oc=/(;|{|}|\/\*|\*\/|@import|url\s*\(|expression\s*\(|javascript:)/i;function rc(t){return oc.test(t)?"":t}function Jr(t){return Ur.has(t)||Ur.set(t,Object.keys(t).reduce((e,o)=>{let r=tc(o),n=rc(t[o].toString());return r&&n?`${e}--${r}:${n};`:e},"")),Ur.get(t)}function nc(t){return[document,document.documentElement].includes(t)||t instanceof HTMLElement&&!!t.closest("body")}function ac(t){if(t===null){document.adoptedStyleSheets.includes(so)&&so.replaceSync("");return}so.replaceSync(`
    html {
      ${Jr(t)}
    }
  `),document.adoptedStyleSheets.includes(so)||document.adoptedStyleSheets.push(so)}function ic(t,e){if(t===null){e.shadowRoot&&lo.has(e)?lo.get(e).replaceSync(""):(delete e.dataset.fluentTheme,qi(e));return}e.shadowRoot?sc(e).replaceSync(`
      :host {
        ${Jr(t)}
      }
    `):(e.dataset.fluentTheme=lc(t),qi(e))}function sc(t){if(!lo.has(t)){let e=new CSSStyleSheet;lo.set(t,e),t.shadowRoot?.adoptedStyleSheets.push(e)}return lo.get(t)}function lc(t){if(!Kr.has(t)){let e=me("fluent-theme-"),o=new CSSStyleSheet;Kr.set(t,e),o.replaceSync(`
      @scope ([data-fluent-theme="${e}"]) {
        :scope {
          ${Jr(t)}
        }
      }
    `),document.adoptedStyleSheets.push(o)}return Kr.get(t)}function cc(t,e){let o;if(t===null){if(!Yr.has(e))return;o=Yr.get(e)}else Yr.set(e,t),o=t;for(let[r,n]of Object.entries(o))t===null?e.style.removeProperty(`--${r}`):e.style.setProperty(`--${r}`,n.toString())}var{userAgent:dc}=navigator,uc=/\bAppleWebKit\/[\d+\.]+\b/.test(dc);function qi(t){if(!uc)return;let e="visibility",o="hidden",r=t.style.getPropertyValue(e);t.style.setProperty(e,o),$.process(),t.style.setProperty(e,r)}var h={2:"#050505",4:"#0a0a0a",6:"#0f0f0f",8:"#141414",10:"#1a1a1a",12:"#1f1f1f",14:"#242424",16:"#292929",18:"#2e2e2e",20:"#333333",22:"#383838",24:"#3d3d3d",26:"#424242",28:"#474747",30:"#4d4d4d",32:"#525252",34:"#575757",36:"#5c5c5c",38:"#616161",40:"#666666",42:"#6b6b6b",44:"#707070",46:"#757575",48:"#7a7a7a",50:"#808080",52:"#858585",54:"#8a8a8a",56:"#8f8f8f",58:"#949494",60:"#999999",62:"#9e9e9e",64:"#a3a3a3",66:"#a8a8a8",68:"#adadad",70:"#b3b3b3",72:"#b8b8b8",74:"#bdbdbd",76:"#c2c2c2",78:"#c7c7c7",80:"#cccccc",82:"#d1d1d1",84:"#d6d6d6",86:"#dbdbdb",88:"#e0e0e0",90:"#e6e6e6",92:"#ebebeb",94:"#f0f0f0",96:"#f5f5f5",98:"#fafafa",99:"#fcfcfc"},Ke={5:"rgba(255, 255, 255, 0.05)",10:"rgba(255, 255, 255, 0.1)",20:"rgba(255, 255, 255, 0.2)",30:"rgba(255, 255, 255, 0.3)",40:"rgba(255, 255, 255, 0.4)",50:"rgba(255, 255, 255, 0.5)",60:"rgba(255, 255, 255, 0.6)",70:"rgba(255, 255, 255, 0.7)",80:"rgba(255, 255, 255, 0.8)",90:"rgba(255, 255, 255, 0.9)"},Ye={5:"rgba(0, 0, 0, 0.05)",10:"rgba(0, 0, 0, 0.1)",20:"rgba(0, 0, 0, 0.2)",30:"rgba(0, 0, 0, 0.3)",40:"rgba(0, 0, 0, 0.4)",50:"rgba(0, 0, 0, 0.5)",60:"rgba(0, 0, 0, 0.6)",70:"rgba(0, 0, 0, 0.7)",80:"rgba(0, 0, 0, 0.8)",90:"rgba(0, 0, 0, 0.9)"};var A="#ffffff",Ui="#000000";var Ki={shade50:"#130204",shade40:"#230308",shade30:"#420610",shade20:"#590815",shade10:"#690a19",primary:"#750b1c",tint10:"#861b2c",tint20:"#962f3f",tint30:"#ac4f5e",tint40:"#d69ca5",tint50:"#e9c7cd",tint60:"#f9f0f2"};var Qr={shade50:"#200205",shade40:"#3b0509",shade30:"#6e0811",shade20:"#960b18",shade10:"#b10e1c",primary:"#c50f1f",tint10:"#cc2635",tint20:"#d33f4c",tint30:"#dc626d",tint40:"#eeacb2",tint50:"#f6d1d5",tint60:"#fdf3f4"},Yi={shade50:"#210809",shade40:"#3f1011",shade30:"#751d1f",shade20:"#9f282b",shade10:"#bc2f32",primary:"#d13438",tint10:"#d7494c",tint20:"#dc5e62",tint30:"#e37d80",tint40:"#f1bbbc",tint50:"#f8dadb",tint60:"#fdf6f6"},Ji={shade50:"#230900",shade40:"#411200",shade30:"#7a2101",shade20:"#a62d01",shade10:"#c43501",primary:"#da3b01",tint10:"#de501c",tint20:"#e36537",tint30:"#e9835e",tint40:"#f4bfab",tint50:"#f9dcd1",tint60:"#fdf6f3"};var Qi={shade50:"#200d03",shade40:"#3d1805",shade30:"#712d09",shade20:"#9a3d0c",shade10:"#b6480e",primary:"#ca5010",tint10:"#d06228",tint20:"#d77440",tint30:"#df8e64",tint40:"#efc4ad",tint50:"#f7dfd2",tint60:"#fdf7f4"},Zi={shade50:"#271002",shade40:"#4a1e04",shade30:"#8a3707",shade20:"#bc4b09",shade10:"#de590b",primary:"#f7630c",tint10:"#f87528",tint20:"#f98845",tint30:"#faa06b",tint40:"#fdcfb4",tint50:"#fee5d7",tint60:"#fff9f5"},es={shade50:"#291600",shade40:"#4d2a00",shade30:"#8f4e00",shade20:"#c26a00",shade10:"#e67e00",primary:"#ff8c00",tint10:"#ff9a1f",tint20:"#ffa83d",tint30:"#ffba66",tint40:"#ffddb3",tint50:"#ffedd6",tint60:"#fffaf5"},ts={shade50:"#251a00",shade40:"#463100",shade30:"#835b00",shade20:"#b27c00",shade10:"#d39300",primary:"#eaa300",tint10:"#edad1c",tint20:"#efb839",tint30:"#f2c661",tint40:"#f9e2ae",tint50:"#fcefd3",tint60:"#fefbf4"},os={shade50:"#282400",shade40:"#4c4400",shade30:"#817400",shade20:"#c0ad00",shade10:"#e4cc00",primary:"#fde300",tint10:"#fde61e",tint20:"#fdea3d",tint30:"#feee66",tint40:"#fef7b2",tint50:"#fffad6",tint60:"#fffef5"},rs={shade50:"#1f1900",shade40:"#3a2f00",shade30:"#6c5700",shade20:"#937700",shade10:"#ae8c00",primary:"#c19c00",tint10:"#c8a718",tint20:"#d0b232",tint30:"#dac157",tint40:"#ecdfa5",tint50:"#f5eece",tint60:"#fdfbf2"},ns={shade50:"#181202",shade40:"#2e2103",shade30:"#553e06",shade20:"#745408",shade10:"#89640a",primary:"#986f0b",tint10:"#a47d1e",tint20:"#b18c34",tint30:"#c1a256",tint40:"#e0cea2",tint50:"#efe4cb",tint60:"#fbf8f2"},as={shade50:"#170e07",shade40:"#2b1a0e",shade30:"#50301a",shade20:"#6c4123",shade10:"#804d29",primary:"#8e562e",tint10:"#9c663f",tint20:"#a97652",tint30:"#bb8f6f",tint40:"#ddc3b0",tint50:"#edded3",tint60:"#faf7f4"};var is={shade50:"#0c1501",shade40:"#162702",shade30:"#294903",shade20:"#376304",shade10:"#427505",primary:"#498205",tint10:"#599116",tint20:"#6ba02b",tint30:"#85b44c",tint40:"#bdd99b",tint50:"#dbebc7",tint60:"#f6faf0"},ss={shade50:"#002111",shade40:"#003d20",shade30:"#00723b",shade20:"#009b51",shade10:"#00b85f",primary:"#00cc6a",tint10:"#19d279",tint20:"#34d889",tint30:"#5ae0a0",tint40:"#a8f0cd",tint50:"#cff7e4",tint60:"#f3fdf8"},ls={shade50:"#031a02",shade40:"#063004",shade30:"#0b5a08",shade20:"#0e7a0b",shade10:"#11910d",primary:"#13a10e",tint10:"#27ac22",tint20:"#3db838",tint30:"#5ec75a",tint40:"#a7e3a5",tint50:"#cef0cd",tint60:"#f2fbf2"},Zr={shade50:"#031403",shade40:"#052505",shade30:"#094509",shade20:"#0c5e0c",shade10:"#0e700e",primary:"#107c10",tint10:"#218c21",tint20:"#359b35",tint30:"#54b054",tint40:"#9fd89f",tint50:"#c9eac9",tint60:"#f1faf1"},cs={shade50:"#021102",shade40:"#032003",shade30:"#063b06",shade20:"#085108",shade10:"#0a5f0a",primary:"#0b6a0b",tint10:"#1a7c1a",tint20:"#2d8e2d",tint30:"#4da64d",tint40:"#9ad29a",tint50:"#c6e7c6",tint60:"#f0f9f0"},ds={shade50:"#001d1f",shade40:"#00373a",shade30:"#00666d",shade20:"#008b94",shade10:"#00a5af",primary:"#00b7c3",tint10:"#18bfca",tint20:"#32c8d1",tint30:"#58d3db",tint40:"#a6e9ed",tint50:"#cef3f5",tint60:"#f2fcfd"},us={shade50:"#001516",shade40:"#012728",shade30:"#02494c",shade20:"#026467",shade10:"#037679",primary:"#038387",tint10:"#159195",tint20:"#2aa0a4",tint30:"#4cb4b7",tint40:"#9bd9db",tint50:"#c7ebec",tint60:"#f0fafa"};var ps={shade50:"#000f12",shade40:"#001b22",shade30:"#00333f",shade20:"#004555",shade10:"#005265",primary:"#005b70",tint10:"#0f6c81",tint20:"#237d92",tint30:"#4496a9",tint40:"#94c8d4",tint50:"#c3e1e8",tint60:"#eff7f9"};var hs={shade50:"#001322",shade40:"#002440",shade30:"#004377",shade20:"#005ba1",shade10:"#006cbf",primary:"#0078d4",tint10:"#1a86d9",tint20:"#3595de",tint30:"#5caae5",tint40:"#a9d3f2",tint50:"#d0e7f8",tint60:"#f3f9fd"},gs={shade50:"#000c16",shade40:"#00172a",shade30:"#002c4e",shade20:"#003b6a",shade10:"#00467e",primary:"#004e8c",tint10:"#125e9a",tint20:"#286fa8",tint30:"#4a89ba",tint40:"#9abfdc",tint50:"#c7dced",tint60:"#f0f6fa"};var fs={shade50:"#0d1126",shade40:"#182047",shade30:"#2c3c85",shade20:"#3c51b4",shade10:"#4760d5",primary:"#4f6bed",tint10:"#637cef",tint20:"#778df1",tint30:"#93a4f4",tint40:"#c8d1fa",tint50:"#e1e6fc",tint60:"#f7f9fe"},ms={shade50:"#00061d",shade40:"#000c36",shade30:"#001665",shade20:"#001e89",shade10:"#0023a2",primary:"#0027b4",tint10:"#173bbd",tint20:"#3050c6",tint30:"#546fd2",tint40:"#a3b2e8",tint50:"#ccd5f3",tint60:"#f2f4fc"},bs={shade50:"#120f25",shade40:"#221d46",shade30:"#3f3682",shade20:"#5649b0",shade10:"#6656d1",primary:"#7160e8",tint10:"#8172eb",tint20:"#9184ee",tint30:"#a79cf1",tint40:"#d2ccf8",tint50:"#e7e4fb",tint60:"#f9f8fe"},vs={shade50:"#0f0717",shade40:"#1c0e2b",shade30:"#341a51",shade20:"#46236e",shade10:"#532982",primary:"#5c2e91",tint10:"#6b3f9e",tint20:"#7c52ab",tint30:"#9470bd",tint40:"#c6b1de",tint50:"#e0d3ed",tint60:"#f7f4fb"};var xs={shade50:"#160418",shade40:"#29072e",shade30:"#4c0d55",shade20:"#671174",shade10:"#7a1589",primary:"#881798",tint10:"#952aa4",tint20:"#a33fb1",tint30:"#b55fc1",tint40:"#d9a7e0",tint50:"#eaceef",tint60:"#faf2fb"},ys={shade50:"#1f091d",shade40:"#3a1136",shade30:"#6d2064",shade20:"#932b88",shade10:"#af33a1",primary:"#c239b3",tint10:"#c94cbc",tint20:"#d161c4",tint30:"#da7ed0",tint40:"#edbbe7",tint50:"#f5daf2",tint60:"#fdf5fc"},ks={shade50:"#1c0b1f",shade40:"#35153a",shade30:"#63276d",shade20:"#863593",shade10:"#9f3faf",primary:"#b146c2",tint10:"#ba58c9",tint20:"#c36bd1",tint30:"#cf87da",tint40:"#e6bfed",tint50:"#f2dcf5",tint60:"#fcf6fd"},Ss={shade50:"#24091b",shade40:"#441232",shade30:"#80215d",shade20:"#ad2d7e",shade10:"#cd3595",primary:"#e43ba6",tint10:"#e750b0",tint20:"#ea66ba",tint30:"#ef85c8",tint40:"#f7c0e3",tint50:"#fbddf0",tint60:"#fef6fb"};var Bs={shade50:"#1f0013",shade40:"#390024",shade30:"#6b0043",shade20:"#91005a",shade10:"#ac006b",primary:"#bf0077",tint10:"#c71885",tint20:"#ce3293",tint30:"#d957a8",tint40:"#eca5d1",tint50:"#f5cee6",tint60:"#fcf2f9"},Ps={shade50:"#13000c",shade40:"#240017",shade30:"#43002b",shade20:"#5a003b",shade10:"#6b0045",primary:"#77004d",tint10:"#87105d",tint20:"#98246f",tint30:"#ad4589",tint40:"#d696c0",tint50:"#e9c4dc",tint60:"#faf0f6"},Ns={shade50:"#141313",shade40:"#252323",shade30:"#444241",shade20:"#5d5958",shade10:"#6e6968",primary:"#7a7574",tint10:"#8a8584",tint20:"#9a9594",tint30:"#afabaa",tint40:"#d7d4d4",tint50:"#eae8e8",tint60:"#faf9f9"},ws={shade50:"#0f0e0e",shade40:"#1c1b1a",shade30:"#343231",shade20:"#474443",shade10:"#54514f",primary:"#5d5a58",tint10:"#706d6b",tint20:"#84817e",tint30:"#9e9b99",tint40:"#cecccb",tint50:"#e5e4e3",tint60:"#f8f8f8"};var $s={shade50:"#111314",shade40:"#1f2426",shade30:"#3b4447",shade20:"#505c60",shade10:"#5f6d71",primary:"#69797e",tint10:"#79898d",tint20:"#89989d",tint30:"#a0adb2",tint40:"#cdd6d8",tint50:"#e4e9ea",tint60:"#f8f9fa"},Fs={shade50:"#090a0b",shade40:"#111315",shade30:"#202427",shade20:"#2b3135",shade10:"#333a3f",primary:"#394146",tint10:"#4d565c",tint20:"#626c72",tint30:"#808a90",tint40:"#bcc3c7",tint50:"#dbdfe1",tint60:"#f6f7f8"};var pe={red:Yi,green:Zr,darkOrange:Ji,yellow:os,berry:ys,lightGreen:ls,marigold:ts},pr={darkRed:Ki,cranberry:Qr,pumpkin:Qi,peach:es,gold:rs,brass:ns,brown:as,forest:is,seafoam:ss,darkGreen:cs,lightTeal:ds,teal:us,steel:ps,blue:hs,royalBlue:gs,cornflower:fs,navy:ms,lavender:bs,purple:vs,grape:xs,lilac:ks,pink:Ss,magenta:Bs,plum:Ps,beige:Ns,mink:ws,platinum:$s,anchor:Fs},J={cranberry:Qr,green:Zr,orange:Zi};var Ts=["red","green","darkOrange","yellow","berry","lightGreen","marigold"],As=["darkRed","cranberry","pumpkin","peach","gold","brass","brown","forest","seafoam","darkGreen","lightTeal","teal","steel","blue","royalBlue","cornflower","navy","lavender","purple","grape","lilac","pink","magenta","plum","beige","mink","platinum","anchor"];var xt={success:"green",warning:"orange",danger:"cranberry"};var co=Ts.reduce((t,e)=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),r={[`colorPalette${o}Background1`]:pe[e].tint60,[`colorPalette${o}Background2`]:pe[e].tint40,[`colorPalette${o}Background3`]:pe[e].primary,[`colorPalette${o}Foreground1`]:pe[e].shade10,[`colorPalette${o}Foreground2`]:pe[e].shade30,[`colorPalette${o}Foreground3`]:pe[e].primary,[`colorPalette${o}BorderActive`]:pe[e].primary,[`colorPalette${o}Border1`]:pe[e].tint40,[`colorPalette${o}Border2`]:pe[e].primary};return Object.assign(t,r)},{});co.colorPaletteYellowForeground1=pe.yellow.shade30;co.colorPaletteRedForegroundInverted=pe.red.tint20;co.colorPaletteGreenForegroundInverted=pe.green.tint20;co.colorPaletteYellowForegroundInverted=pe.yellow.tint40;var pc=As.reduce((t,e)=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),r={[`colorPalette${o}Background2`]:pr[e].tint40,[`colorPalette${o}Foreground2`]:pr[e].shade30,[`colorPalette${o}BorderActive`]:pr[e].primary};return Object.assign(t,r)},{}),Cs={...co,...pc},yt=Object.entries(xt).reduce((t,[e,o])=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),n={[`colorStatus${r}Background1`]:J[o].tint60,[`colorStatus${r}Background2`]:J[o].tint40,[`colorStatus${r}Background3`]:J[o].primary,[`colorStatus${r}Foreground1`]:J[o].shade10,[`colorStatus${r}Foreground2`]:J[o].shade30,[`colorStatus${r}Foreground3`]:J[o].primary,[`colorStatus${r}ForegroundInverted`]:J[o].tint30,[`colorStatus${r}BorderActive`]:J[o].primary,[`colorStatus${r}Border1`]:J[o].tint40,[`colorStatus${r}Border2`]:J[o].primary};return Object.assign(t,n)},{});yt.colorStatusDangerBackground3Hover=J[xt.danger].shade10;yt.colorStatusDangerBackground3Pressed=J[xt.danger].shade20;yt.colorStatusWarningForeground1=J[xt.warning].shade20;yt.colorStatusWarningForeground3=J[xt.warning].shade20;yt.colorStatusWarningBorder2=J[xt.warning].shade20;var Is=t=>({colorNeutralForeground1:h[14],colorNeutralForeground1Hover:h[14],colorNeutralForeground1Pressed:h[14],colorNeutralForeground1Selected:h[14],colorNeutralForeground2:h[26],colorNeutralForeground2Hover:h[14],colorNeutralForeground2Pressed:h[14],colorNeutralForeground2Selected:h[14],colorNeutralForeground2BrandHover:t[80],colorNeutralForeground2BrandPressed:t[70],colorNeutralForeground2BrandSelected:t[80],colorNeutralForeground3:h[38],colorNeutralForeground3Hover:h[26],colorNeutralForeground3Pressed:h[26],colorNeutralForeground3Selected:h[26],colorNeutralForeground3BrandHover:t[80],colorNeutralForeground3BrandPressed:t[70],colorNeutralForeground3BrandSelected:t[80],colorNeutralForeground4:h[44],colorNeutralForeground5:h[38],colorNeutralForeground5Hover:h[14],colorNeutralForeground5Pressed:h[14],colorNeutralForeground5Selected:h[14],colorNeutralForegroundDisabled:h[74],colorNeutralForegroundInvertedDisabled:Ke[40],colorBrandForegroundLink:t[70],colorBrandForegroundLinkHover:t[60],colorBrandForegroundLinkPressed:t[40],colorBrandForegroundLinkSelected:t[70],colorNeutralForeground2Link:h[26],colorNeutralForeground2LinkHover:h[14],colorNeutralForeground2LinkPressed:h[14],colorNeutralForeground2LinkSelected:h[14],colorCompoundBrandForeground1:t[80],colorCompoundBrandForeground1Hover:t[70],colorCompoundBrandForeground1Pressed:t[60],colorBrandForeground1:t[80],colorBrandForeground2:t[70],colorBrandForeground2Hover:t[60],colorBrandForeground2Pressed:t[30],colorNeutralForeground1Static:h[14],colorNeutralForegroundStaticInverted:A,colorNeutralForegroundInverted:A,colorNeutralForegroundInvertedHover:A,colorNeutralForegroundInvertedPressed:A,colorNeutralForegroundInvertedSelected:A,colorNeutralForegroundInverted2:A,colorNeutralForegroundOnBrand:A,colorNeutralForegroundInvertedLink:A,colorNeutralForegroundInvertedLinkHover:A,colorNeutralForegroundInvertedLinkPressed:A,colorNeutralForegroundInvertedLinkSelected:A,colorBrandForegroundInverted:t[100],colorBrandForegroundInvertedHover:t[110],colorBrandForegroundInvertedPressed:t[100],colorBrandForegroundOnLight:t[80],colorBrandForegroundOnLightHover:t[70],colorBrandForegroundOnLightPressed:t[50],colorBrandForegroundOnLightSelected:t[60],colorNeutralBackground1:A,colorNeutralBackground1Hover:h[96],colorNeutralBackground1Pressed:h[88],colorNeutralBackground1Selected:h[92],colorNeutralBackground2:h[98],colorNeutralBackground2Hover:h[94],colorNeutralBackground2Pressed:h[86],colorNeutralBackground2Selected:h[90],colorNeutralBackground3:h[96],colorNeutralBackground3Hover:h[92],colorNeutralBackground3Pressed:h[84],colorNeutralBackground3Selected:h[88],colorNeutralBackground4:h[94],colorNeutralBackground4Hover:h[98],colorNeutralBackground4Pressed:h[96],colorNeutralBackground4Selected:A,colorNeutralBackground5:h[92],colorNeutralBackground5Hover:h[96],colorNeutralBackground5Pressed:h[94],colorNeutralBackground5Selected:h[98],colorNeutralBackground6:h[90],colorNeutralBackground7:"#00000000",colorNeutralBackground7Hover:h[92],colorNeutralBackground7Pressed:h[84],colorNeutralBackground7Selected:"#00000000",colorNeutralBackground8:h[99],colorNeutralBackgroundInverted:h[16],colorNeutralBackgroundInvertedHover:h[24],colorNeutralBackgroundInvertedPressed:h[12],colorNeutralBackgroundInvertedSelected:h[22],colorNeutralBackgroundStatic:h[20],colorNeutralBackgroundAlpha:Ke[50],colorNeutralBackgroundAlpha2:Ke[80],colorSubtleBackground:"transparent",colorSubtleBackgroundHover:h[96],colorSubtleBackgroundPressed:h[88],colorSubtleBackgroundSelected:h[92],colorSubtleBackgroundLightAlphaHover:Ke[70],colorSubtleBackgroundLightAlphaPressed:Ke[50],colorSubtleBackgroundLightAlphaSelected:"transparent",colorSubtleBackgroundInverted:"transparent",colorSubtleBackgroundInvertedHover:Ye[10],colorSubtleBackgroundInvertedPressed:Ye[30],colorSubtleBackgroundInvertedSelected:Ye[20],colorTransparentBackground:"transparent",colorTransparentBackgroundHover:"transparent",colorTransparentBackgroundPressed:"transparent",colorTransparentBackgroundSelected:"transparent",colorNeutralBackgroundDisabled:h[94],colorNeutralBackgroundDisabled2:A,colorNeutralBackgroundInvertedDisabled:Ke[10],colorNeutralStencil1:h[90],colorNeutralStencil2:h[98],colorNeutralStencil1Alpha:Ye[10],colorNeutralStencil2Alpha:Ye[5],colorBackgroundOverlay:Ye[40],colorScrollbarOverlay:Ye[50],colorBrandBackground:t[80],colorBrandBackgroundHover:t[70],colorBrandBackgroundPressed:t[40],colorBrandBackgroundSelected:t[60],colorCompoundBrandBackground:t[80],colorCompoundBrandBackgroundHover:t[70],colorCompoundBrandBackgroundPressed:t[60],colorBrandBackgroundStatic:t[80],colorBrandBackground2:t[160],colorBrandBackground2Hover:t[150],colorBrandBackground2Pressed:t[130],colorBrandBackground3Static:t[60],colorBrandBackground4Static:t[40],colorBrandBackgroundInverted:A,colorBrandBackgroundInvertedHover:t[160],colorBrandBackgroundInvertedPressed:t[140],colorBrandBackgroundInvertedSelected:t[150],colorNeutralCardBackground:h[98],colorNeutralCardBackgroundHover:A,colorNeutralCardBackgroundPressed:h[96],colorNeutralCardBackgroundSelected:h[92],colorNeutralCardBackgroundDisabled:h[94],colorNeutralStrokeAccessible:h[38],colorNeutralStrokeAccessibleHover:h[34],colorNeutralStrokeAccessiblePressed:h[30],colorNeutralStrokeAccessibleSelected:t[80],colorNeutralStroke1:h[82],colorNeutralStroke1Hover:h[78],colorNeutralStroke1Pressed:h[70],colorNeutralStroke1Selected:h[74],colorNeutralStroke2:h[88],colorNeutralStroke3:h[94],colorNeutralStroke4:h[92],colorNeutralStroke4Hover:h[88],colorNeutralStroke4Pressed:h[84],colorNeutralStroke4Selected:h[92],colorNeutralStrokeSubtle:h[88],colorNeutralStrokeOnBrand:A,colorNeutralStrokeOnBrand2:A,colorNeutralStrokeOnBrand2Hover:A,colorNeutralStrokeOnBrand2Pressed:A,colorNeutralStrokeOnBrand2Selected:A,colorBrandStroke1:t[80],colorBrandStroke2:t[140],colorBrandStroke2Hover:t[120],colorBrandStroke2Pressed:t[80],colorBrandStroke2Contrast:t[140],colorCompoundBrandStroke:t[80],colorCompoundBrandStrokeHover:t[70],colorCompoundBrandStrokePressed:t[60],colorNeutralStrokeDisabled:h[88],colorNeutralStrokeDisabled2:h[92],colorNeutralStrokeInvertedDisabled:Ke[40],colorTransparentStroke:"transparent",colorTransparentStrokeInteractive:"transparent",colorTransparentStrokeDisabled:"transparent",colorNeutralStrokeAlpha:Ye[5],colorNeutralStrokeAlpha2:Ke[20],colorStrokeFocus1:A,colorStrokeFocus2:Ui,colorNeutralShadowAmbient:"rgba(0,0,0,0.12)",colorNeutralShadowKey:"rgba(0,0,0,0.14)",colorNeutralShadowAmbientLighter:"rgba(0,0,0,0.06)",colorNeutralShadowKeyLighter:"rgba(0,0,0,0.07)",colorNeutralShadowAmbientDarker:"rgba(0,0,0,0.20)",colorNeutralShadowKeyDarker:"rgba(0,0,0,0.24)",colorBrandShadowAmbient:"rgba(0,0,0,0.30)",colorBrandShadowKey:"rgba(0,0,0,0.25)"});var en={borderRadiusNone:"0",borderRadiusSmall:"2px",borderRadiusMedium:"4px",borderRadiusLarge:"6px",borderRadiusXLarge:"8px",borderRadius2XLarge:"12px",borderRadius3XLarge:"16px",borderRadius4XLarge:"24px",borderRadius5XLarge:"32px",borderRadius6XLarge:"40px",borderRadiusCircular:"10000px"};var Hs={curveAccelerateMax:"cubic-bezier(0.9,0.1,1,0.2)",curveAccelerateMid:"cubic-bezier(1,0,1,1)",curveAccelerateMin:"cubic-bezier(0.8,0,0.78,1)",curveDecelerateMax:"cubic-bezier(0.1,0.9,0.2,1)",curveDecelerateMid:"cubic-bezier(0,0,0,1)",curveDecelerateMin:"cubic-bezier(0.33,0,0.1,1)",curveEasyEaseMax:"cubic-bezier(0.8,0,0.2,1)",curveEasyEase:"cubic-bezier(0.33,0,0.67,1)",curveLinear:"cubic-bezier(0,0,1,1)"};var Ds={durationUltraFast:"50ms",durationFaster:"100ms",durationFast:"150ms",durationNormal:"200ms",durationGentle:"250ms",durationSlow:"300ms",durationSlower:"400ms",durationUltraSlow:"500ms"};var tn={fontSizeBase100:"10px",fontSizeBase200:"12px",fontSizeBase300:"14px",fontSizeBase400:"16px",fontSizeBase500:"20px",fontSizeBase600:"24px",fontSizeHero700:"28px",fontSizeHero800:"32px",fontSizeHero900:"40px",fontSizeHero1000:"68px"},on={lineHeightBase100:"14px",lineHeightBase200:"16px",lineHeightBase300:"20px",lineHeightBase400:"22px",lineHeightBase500:"28px",lineHeightBase600:"32px",lineHeightHero700:"36px",lineHeightHero800:"40px",lineHeightHero900:"52px",lineHeightHero1000:"92px"},rn={fontWeightRegular:400,fontWeightMedium:500,fontWeightSemibold:600,fontWeightBold:700},nn={fontFamilyBase:"'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",fontFamilyMonospace:"Consolas, 'Courier New', Courier, monospace",fontFamilyNumeric:"Bahnschrift, 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif"};var D={none:"0",xxs:"2px",xs:"4px",sNudge:"6px",s:"8px",mNudge:"10px",m:"12px",l:"16px",xl:"20px",xxl:"24px",xxxl:"32px"},Os={spacingHorizontalNone:D.none,spacingHorizontalXXS:D.xxs,spacingHorizontalXS:D.xs,spacingHorizontalSNudge:D.sNudge,spacingHorizontalS:D.s,spacingHorizontalMNudge:D.mNudge,spacingHorizontalM:D.m,spacingHorizontalL:D.l,spacingHorizontalXL:D.xl,spacingHorizontalXXL:D.xxl,spacingHorizontalXXXL:D.xxxl},Ls={spacingVerticalNone:D.none,spacingVerticalXXS:D.xxs,spacingVerticalXS:D.xs,spacingVerticalSNudge:D.sNudge,spacingVerticalS:D.s,spacingVerticalMNudge:D.mNudge,spacingVerticalM:D.m,spacingVerticalL:D.l,spacingVerticalXL:D.xl,spacingVerticalXXL:D.xxl,spacingVerticalXXXL:D.xxxl};var an={strokeWidthThin:"1px",strokeWidthThick:"2px",strokeWidthThicker:"3px",strokeWidthThickest:"4px"};function sn(t,e,o=""){return{[`shadow2${o}`]:`0 0 2px ${t}, 0 1px 2px ${e}`,[`shadow4${o}`]:`0 0 2px ${t}, 0 2px 4px ${e}`,[`shadow8${o}`]:`0 0 2px ${t}, 0 4px 8px ${e}`,[`shadow16${o}`]:`0 0 2px ${t}, 0 8px 16px ${e}`,[`shadow28${o}`]:`0 0 8px ${t}, 0 14px 28px ${e}`,[`shadow64${o}`]:`0 0 8px ${t}, 0 32px 64px ${e}`}}var Ms=t=>{let e=Is(t);return{...en,...tn,...on,...nn,...rn,...an,...Os,...Ls,...Ds,...Hs,...e,...Cs,...yt,...sn(e.colorNeutralShadowAmbient,e.colorNeutralShadowKey),...sn(e.colorBrandShadowAmbient,e.colorBrandShadowKey,"Brand")}};var Es={10:"#061724",20:"#082338",30:"#0a2e4a",40:"#0c3b5e",50:"#0e4775",60:"#0f548c",70:"#115ea3",80:"#0f6cbd",90:"#2886de",100:"#479ef5",110:"#62abf5",120:"#77b7f7",130:"#96c6fa",140:"#b4d6fa",150:"#cfe4fa",160:"#ebf3fc"};var uo=Ms(Es);var Be=window.PAGE,ln=t=>t.replace(/`/g,"");function gc(t){return t.split("`").map((e,o)=>({code:o%2===1,text:e})).filter(e=>e.text!=="")}function cn(t,e){for(let o of gc(e))if(o.code){let r=document.createElement("code");r.textContent=o.text,t.append(r)}else t.append(document.createTextNode(o.text));return t}function Rs(t){if(!Be.delayMs){t(Be.items);return}setTimeout(async()=>{let e=Be.dataUrl?await(await fetch(Be.dataUrl)).json():Be.items,o=document.getElementById("loading");o&&o.remove(),t(e)},Be.delayMs)}ur(uo);var O=(t,e={},...o)=>{let r=document.createElement(t);for(let[n,a]of Object.entries(e))r.setAttribute(n,a);return r.append(...o),r},zs=(t,e)=>O("fluent-field",{"label-position":"after"},O("label",{slot:"label"},e),t);function fc(t,e){let o="q"+(e+1),r=o+"-label";switch(t.kind){case"single":case"truefalse":{let n=O("fluent-radio-group",{slot:"input",name:o,orientation:"vertical","aria-labelledby":r});return n.append(...t.options.map((a,i)=>zs(O("fluent-radio",{slot:"input",value:String(i)}),a))),O("fluent-field",{"label-position":"above"},cn(O("label",{slot:"label",id:r}),t.text),n)}case"multiple":return O("div",{class:"checks"},cn(O("fluent-text",{weight:"semibold",block:""}),t.text),...t.options.map((n,a)=>zs(O("fluent-checkbox",{slot:"input",name:`${o}-${a}`,value:String(a)}),n)));case"dropdown":{let n=O("fluent-listbox",{},...t.options.map((a,i)=>O("fluent-option",{value:String(i)},a)));return O("fluent-field",{"label-position":"above"},O("label",{slot:"label"},ln(t.text)),O("fluent-dropdown",{slot:"input",placeholder:Be.placeholder||"Select an answer"},n))}default:return O("fluent-field",{"label-position":"above"},O("label",{slot:"label"},ln(t.text)),O("fluent-text-input",{slot:"input",name:o}))}}Rs(t=>{let e=document.getElementById("app");e.append(O("h1",{},Be.title)),Be.intro&&e.append(O("p",{class:"intro"},Be.intro));let o=O("form",{class:"quiz"},...t.map((r,n)=>O("div",{class:"q"},fc(r,n))));o.addEventListener("submit",r=>r.preventDefault()),o.append(O("fluent-button",{appearance:"primary",type:"submit"},Be.submit||"Submit")),e.append(o)});})();
