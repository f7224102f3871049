// The one URL policy (src/core/url-policy.ts): what it allows, what it refuses and what it says a
// browser would make of a refused address. Bodies, settings.yaml and the sanitiser all use it.
import { describe, expect, it } from 'vitest';
import { checkUrl, IMAGE_SCHEMES, LINK_SCHEMES, showUrl, WEB_SCHEMES, writtenScheme } from '../../src/core/url-policy.ts';

describe('checkUrl: links', () => {
  it.each([
    'https://example.com/a?b#c', 'http://intranet/okr', 'mailto:ma.changjiu@example.com', '/2026/market/', '#o1-kr2', '../market/',
    'market/', '//cdn.example.com/x.png', '?q=投诉', '', '/a:b', 'a/b:c', 'a?b:c', 'a#b:c',
  ])('allows %j', (url) => {
    expect(checkUrl(url, LINK_SCHEMES)).toEqual({ ok: true });
  });

  it.each([
    ['javascript:alert(1)', 'script', 'javascript', false],
    ['JaVaScRiPt:alert(1)', 'script', 'javascript', false],
    ['java\tscript:alert(1)', 'script', 'javascript', true],
    ['java\nscript:alert(1)', 'script', 'javascript', true],
    [' javascript:alert(1)', 'script', 'javascript', true],
    ['\u0000javascript:alert(1)', 'script', 'javascript', true],
    ['vbscript:msgbox(1)', 'script', 'vbscript', false],
    ['VBScript:msgbox(1)', 'script', 'vbscript', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data', 'data', false],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data', 'data', false],
    ['file:///etc/passwd', 'scheme', 'file', false],
    ['ftp://example.com/', 'scheme', 'ftp', false],
    ['tel:+8610000', 'scheme', 'tel', false],
    ['HTTPS://example.com/', 'spelling', 'https', false],
    ['ht\ttps://example.com/', 'spelling', 'https', true],
    ['MailTo:a@b.c', 'spelling', 'mailto', false],
  ] as const)('refuses %j (%s: %s)', (url, problem, scheme, hidden) => {
    expect(checkUrl(url, LINK_SCHEMES)).toEqual({ ok: false, problem, scheme, hidden });
  });
});

describe('checkUrl: images and the repository address', () => {
  it('images load from http:, https: and relative addresses only', () => {
    expect(checkUrl('https://example.com/a.png', IMAGE_SCHEMES)).toEqual({ ok: true });
    expect(checkUrl('/a.png', IMAGE_SCHEMES)).toEqual({ ok: true });
    expect(checkUrl('mailto:a@b.c', IMAGE_SCHEMES)).toMatchObject({ ok: false, problem: 'scheme' });
  });

  it('an address every page links to must be an absolute web address', () => {
    expect(checkUrl('https://github.com/acme/okrs', WEB_SCHEMES, { relative: false })).toEqual({ ok: true });
    expect(checkUrl('javascript:alert(1)//', WEB_SCHEMES, { relative: false })).toMatchObject({ ok: false, problem: 'script' });
    expect(checkUrl('github.com/acme/okrs', WEB_SCHEMES, { relative: false })).toMatchObject({ ok: false, problem: 'relative' });
  });
});

describe('writtenScheme finds the scheme the way browsers and hast-util-sanitize do', () => {
  it.each([
    ['https://x', 'https'], ['javascript:x', 'javascript'], ['/x:y', undefined], ['x/y:z', undefined], ['x?y:z', undefined],
    ['x#y:z', undefined], ['no-colon', undefined], [':x', ''],
  ] as const)('%j → %j', (url, scheme) => {
    expect(writtenScheme(url)).toBe(scheme);
  });
});

describe('showUrl', () => {
  it('spells out invisible characters and shortens long addresses', () => {
    expect(showUrl('java\tscript:\u0000x')).toBe('java\\tscript:\\u0000x');
    expect([...showUrl(`https://example.com/${'a'.repeat(100)}`)]).toHaveLength(58);
  });
});
