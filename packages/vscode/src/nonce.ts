/**
 * The nonce of the preview's page: 16 random bytes in hex, drawn afresh each time the page
 * is rendered (Web Crypto, which the desktop and the browser extension host both have).
 */
export function freshNonce(): string {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}
