/** What the edition may cite: one pure check, used by every source schema. */
import { describe, expect, it } from 'vitest';
import { isMirrorHost, normalHost, urlProblem } from '../../src/lib/model/citable-urls.ts';

describe('urlProblem', () => {
  it('accepts official http and https addresses', () => {
    for (const u of [
      'https://www.un.org/securitycouncil/ctc/',
      'http://www.mfa.kz/index.php/en/foreign-policy',
      'https://www.s-cica.org/index.php?view=page&t=speeches&id=296',
      'https://undocs.org/S/PV.7316',
      'https://un.org:8443/x',
    ]) {
      expect(urlProblem(u), u).toBeUndefined();
    }
  });

  it('refuses what is not an address: white space, an impossible port, another scheme, a missing host', () => {
    expect(urlProblem('https://un .org/')).toMatch(/^"https:\/\/un \.org\/" is not an address: it contains white space/);
    expect(urlProblem('https://un.org:99999/')).toMatch(/^"https:\/\/un\.org:99999\/" is not a valid address/);
    expect(urlProblem('javascript:alert(1)')).toMatch(/is not an http or https address/);
    expect(urlProblem('ftp://un.org/')).toMatch(/is not an http or https address/);
    expect(urlProblem('https:/un.org/')).toMatch(/is not an http or https address/);
    expect(urlProblem('https://localhost/')).toMatch(/has no public host name/);
    expect(urlProblem('https://127.0.0.1/')).toMatch(/names an IP address/);
    expect(urlProblem('https://[::1]/')).toMatch(/names an IP address/);
    expect(urlProblem('https://un.org\\@evil.example/')).toMatch(/a backslash/);
  });

  it('refuses an invisible character, showing it as an escape', () => {
    expect(urlProblem('https://un.org/\u200B')).toBe(
      '"https://un.org/<U+200B>" is not an address: it contains white space, a backslash or an invisible character',
    );
  });

  it('refuses a user name or password, which hides the real host', () => {
    expect(urlProblem('https://un.org@evil.example/')).toBe(
      '"https://un.org@evil.example/" has a user name or password before "@", so its host is really "evil.example": cite the address without it',
    );
    expect(urlProblem('https://user:secret@www.un.org/')).toMatch(/user name or password/);
  });

  it('refuses mirror domains, with or without a trailing dot, and their sub-domains', () => {
    expect(urlProblem('https://docslib.org./doc/1')).toBe('"https://docslib.org./doc/1" is on a mirror domain (docslib.org): cite the official address instead');
    expect(urlProblem('https://www.docslib.org/doc/1')).toMatch(/is on a mirror domain \(www\.docslib\.org\)/);
    expect(urlProblem('https://DocsLib.ORG/doc/1')).toMatch(/is on a mirror domain/);
  });
});

describe('mirror hosts', () => {
  it('are compared on label boundaries, after dropping the trailing dot', () => {
    expect(isMirrorHost('docslib.org')).toBe(true);
    expect(isMirrorHost('docslib.org.')).toBe(true);
    expect(isMirrorHost('www.docslib.org')).toBe(true);
    expect(isMirrorHost('notdocslib.org')).toBe(false);
    expect(isMirrorHost('docslib.org.evil.example')).toBe(false);
    expect(urlProblem('https://notdocslib.org/')).toBeUndefined();
    expect(normalHost('WWW.UN.ORG.')).toBe('www.un.org');
  });
});
