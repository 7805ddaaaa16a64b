/**
 * The few scripts and styles that must stand inline in a page, because they act before the first paint,
 * and their Content-Security-Policy hashes. Everything else the pages run is a bundled file under
 * 'self'. The config lists these hashes, so a page's policy allows exactly this text and no other inline code.
 */
import { cspHash } from '../build/policy';

/** Applies a stored theme choice before the first paint, so the other scheme never flashes. */
export const THEME_SCRIPT =
	"try{const theme=localStorage.getItem('psrt-theme');if(theme==='light'||theme==='dark')document.documentElement.dataset.theme=theme}catch{}";

/** Opens the "On this page" list before the first paint where it stands beside the body (EntryLayout's width). */
export const TOC_OPEN_SCRIPT = "document.currentScript.previousElementSibling.open=matchMedia('(min-width: 60rem)').matches";

/** The hashes of the inline scripts above. */
export const INLINE_SCRIPT_HASHES = [THEME_SCRIPT, TOC_OPEN_SCRIPT].map(cspHash);
