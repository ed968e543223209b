import { CALL_TIMEOUT_MS, DEV_OPENID_KEY, EARLY_HOME_GLOBAL, HOME_EVENT, HOME_FUNCTION, HOME_PATHS } from '../../src/h5/earlyHomeCall';

/**
 * index.html's first script: opened on the home page, it sends the home's one
 * call at once, as the H5 transport would (same body, same identity header,
 * same time limit), and leaves it for the app (src/h5/earlyHome.ts). On a
 * rural link the answer is back before the app's code has arrived, instead of
 * leaving once it has. A failure is the page's to show, as for any call.
 */
export function earlyHomeScript(): string {
  const body = JSON.stringify(JSON.stringify(HOME_EVENT));
  return (
    '<script>!function(){try{' +
    `var p=location.pathname.replace(/\\/+$/,"")||"/";if(${JSON.stringify(HOME_PATHS)}.indexOf(p)<0)return;` +
    `var o=null;try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(DEV_OPENID_KEY)}));` +
    'if(s&&typeof s.data=="string"&&s.data)o=s.data}catch(e){}' +
    'var h={"Content-Type":"application/json",Accept:"application/json"};if(o)h["X-WX-OPENID"]=o;' +
    'var c=typeof AbortController=="function"?new AbortController:null;' +
    `var t=c&&setTimeout(function(){c.abort()},${CALL_TIMEOUT_MS});` +
    `var r=fetch("/cloud/${HOME_FUNCTION}",{method:"POST",headers:h,body:${body},signal:c?c.signal:void 0});` +
    // The limit is for the answer to start; until the app takes the call, a failure is nobody's to report.
    'r.then(function(){clearTimeout(t)},function(){});' +
    `window[${JSON.stringify(EARLY_HOME_GLOBAL)}]={openid:o,response:r}` +
    '}catch(e){}}()</script>'
  );
}
