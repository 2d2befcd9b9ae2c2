// The script that restores the reader's text size and contrast before first paint, inline in every page's <head>
// (ReadingSettingsRestore.astro): a file would be a request that blocks the first paint of every page (Lighthouse
// measured 311 ms on a phone connection). The CSP allows it by its hash, computed here from the same string, so the
// two cannot drift apart. Readable form:
//
//   document.documentElement.dataset.js = '';              // JavaScript runs: show the controls that need it
//   try {
//     var r = JSON.parse(localStorage.getItem('reading') || '{}');
//     if (r.size) document.documentElement.dataset.textSize = r.size;
//     if (r.contrast) document.documentElement.dataset.contrast = r.contrast;
//   } catch (e) {}                                          // storage may be disabled: the defaults apply
//
// Plain JavaScript with Node imports only: deploy/policy.mjs (read by Node and by the build) imports it.
import { createHash } from 'node:crypto';

export const RESTORE_SCRIPT =
  "var d=document.documentElement;d.dataset.js='';try{var r=JSON.parse(localStorage.getItem('reading')||'{}');" +
  'if(r.size)d.dataset.textSize=r.size;if(r.contrast)d.dataset.contrast=r.contrast}catch(e){}';

/** The CSP source that allows exactly this script. */
export const RESTORE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(RESTORE_SCRIPT).digest('base64')}'`;
