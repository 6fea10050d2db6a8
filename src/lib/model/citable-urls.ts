/**
 * Which addresses the edition may cite: http(s) addresses that parse, written
 * out in full, on a public host name, without a user name or password, and not
 * on one of the mirror domains the research notes warn about.
 */
import { showInvisible } from './text/text.ts';

/** Hosts that copy official documents; cite the official address instead. */
export const mirrorHosts = [
  'ddevloper.com', 'dd-floors.com', 'fanyjok.com', 'shhada.ir', 'pdfdrive.to', 'fdocuments.in',
  'wikisum.wiki', 'weblio.jp', 'blogen.wiki', 'windowstorussia.com', 'docslib.org',
  'quartiers047.workers.dev', 'docplayer.net', 'hiragana.jp', 'vdocument.in', 'topicsexpress.com',
  'gettotext.com', 'questionai.com', 'wikihandbk.com', 'humanrightsvoices.org', 'minorityforum.info',
  'scilit.net', 'rp.liu233w.com',
];

/** A host name as compared: lower case, without the trailing dot of a fully qualified name. */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * True for a mirror domain and its sub-domains, compared on label boundaries:
 * `docslib.org.` and `www.docslib.org` are mirrors, `notdocslib.org` is not.
 */
export function isMirrorHost(host: string): boolean {
  const h = normalHost(host);
  return mirrorHosts.some((m) => h === m || h.endsWith(`.${m}`));
}

/** Why an address may not be cited, or undefined when it may. */
export function urlProblem(raw: string): string | undefined {
  const shown = `"${showInvisible(raw)}"`;
  if (/[\s\p{Cc}\p{Cf}\\]/u.test(raw)) {
    return `${shown} is not an address: it contains white space, a backslash or an invisible character`;
  }
  if (!/^https?:\/\/[^/]/i.test(raw)) return `${shown} is not an http or https address written as https://host/…`;
  if (!URL.canParse(raw)) return `${shown} is not a valid address (a host name or port that cannot be)`;
  const url = new URL(raw);
  if (url.username || url.password) {
    return `${shown} has a user name or password before "@", so its host is really "${url.hostname}": cite the address without it`;
  }
  const host = normalHost(url.hostname);
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return `${shown} names an IP address, not a host name`;
  if (!host.includes('.')) return `${shown} has no public host name`;
  if (isMirrorHost(host)) return `${shown} is on a mirror domain (${host}): cite the official address instead`;
  return undefined;
}
