/**
 * The embed resize protocol (src/embeds/protocol.ts): what a host accepts as a height, the Pym.js and AMP message
 * formats, and the query parameters an embed page reads. Hosts trust nothing: every bad height is refused or
 * capped, and no query string makes anything throw.
 */
import { describe, expect, it } from 'vitest';
import {
  ampSizeMessage,
  asksForHeight,
  childIdFrom,
  HEIGHT_REQUEST,
  heightFromMessage,
  MAX_HEIGHT,
  parseHeight,
  pymMessage,
  themeFrom,
} from '../../src/embeds/protocol';

describe('parseHeight', () => {
  it.each([
    [640, 640],
    ['640', 640],
    [' 640 ', 640],
    [640.2, 641],
    ['640.5', 641],
    [1, 1],
    [MAX_HEIGHT, MAX_HEIGHT],
    [MAX_HEIGHT + 1, MAX_HEIGHT],
    [1e9, MAX_HEIGHT],
    ['999999999', MAX_HEIGHT],
  ])('accepts %j as %j', (value, expected) => {
    expect(parseHeight(value)).toBe(expected);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['negative', -5],
    ['negative string', '-5'],
    ['zero', 0],
    ['zero as a decimal', '0.0'],
    ['exponent', 1e21],
    ['exponent string', '1e3'],
    ['units', '12px'],
    ['hex', '0x10'],
    ['empty', ''],
    ['words', 'tall'],
    ['css injection', '100px; position: fixed'],
    ['object', { height: 100 }],
    ['array', [500]],
    ['boolean', true],
    ['null', null],
    ['undefined', undefined],
  ])('refuses %s', (_, value) => {
    expect(parseHeight(value)).toBeNull();
  });
});

describe('heightFromMessage', () => {
  it('reads Pym.js height messages, whatever the child id', () => {
    expect(heightFromMessage('pymxPYMxchart-1xPYMxheightxPYMx812')).toBe(812);
    expect(heightFromMessage(pymMessage('other', 'height', 90))).toBe(90);
  });

  it('reads AMP embed-size messages', () => {
    expect(heightFromMessage(ampSizeMessage(700))).toBe(700);
    expect(heightFromMessage({ sentinel: 'amp', type: 'embed-size', height: '700' })).toBe(700);
  });

  it.each([
    ['a Pym message of another type', 'pymxPYMxidxPYMxwidthxPYMx812'],
    ['a Pym message with a bad height', 'pymxPYMxidxPYMxheightxPYMx-5'],
    ['a Pym-like string with extra parts', 'pymxPYMxidxPYMxheightxPYMx5xPYMx6'],
    ['a string that is not Pym', 'height:500'],
    ['an AMP message of another type', { sentinel: 'amp', type: 'embed-ready', height: 500 }],
    ['an AMP message without sentinel', { type: 'embed-size', height: 500 }],
    ['an AMP message with NaN', { sentinel: 'amp', type: 'embed-size', height: Number.NaN }],
    ['an AMP message with a string height', { sentinel: 'amp', type: 'embed-size', height: 'tall' }],
    ['null', null],
    ['a number', 500],
  ])('ignores %s', (_, data) => {
    expect(heightFromMessage(data)).toBeNull();
  });

  it('caps absurd heights', () => {
    expect(heightFromMessage(ampSizeMessage(1e9))).toBe(MAX_HEIGHT);
  });
});

describe('messages to the child', () => {
  it("answers our host's request and Pym's width message for its own id", () => {
    expect(asksForHeight(HEIGHT_REQUEST, null)).toBe(true);
    expect(asksForHeight(pymMessage('c1', 'width', 600), 'c1')).toBe(true);
  });

  it('ignores anything else', () => {
    expect(asksForHeight(pymMessage('c2', 'width', 600), 'c1')).toBe(false);
    expect(asksForHeight(pymMessage('c1', 'width', 600), null)).toBe(false);
    expect(asksForHeight(pymMessage('c1', 'height', 600), 'c1')).toBe(false);
    expect(asksForHeight({ type: HEIGHT_REQUEST }, 'c1')).toBe(false);
  });

  it('builds the exact string Pym.js parents match', () => {
    expect(pymMessage('example', 'height', 640)).toBe('pymxPYMxexamplexPYMxheightxPYMx640');
  });
});

describe('query parameters', () => {
  it('reads the child id Pym.js adds', () => {
    expect(childIdFrom('?initialWidth=600&childId=example&parentTitle=A%20page')).toBe('example');
    expect(childIdFrom('?childId=a%20b')).toBe('a b');
  });

  it.each([
    ['', null],
    ['?', null],
    ['?childId=', null],
    ['?initialWidth=600', null],
    [`?childId=${'x'.repeat(201)}`, null],
    // A malformed escape decodes to U+FFFD (as in the browser) rather than throwing.
    ['?childId=%E0%A4%A', '\uFFFD%A'],
    ['?%%%=%%%&&&=&childId=ok', 'ok'],
  ])('reads the child id of %j as %j', (search, id) => {
    expect(childIdFrom(search)).toBe(id);
  });

  it.each([
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['?a=1&theme=dark&b=2', 'dark'],
    ['?theme=DARK', null],
    ['?theme=blue', null],
    ['?theme=', null],
    ['?theme=%E0%A4%A', null],
    ['?theme[]=dark', null],
    ['', null],
  ])('reads the theme of %j as %j', (search, theme) => {
    expect(themeFrom(search)).toBe(theme);
  });
});
