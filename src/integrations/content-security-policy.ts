import type { AstroUserConfig } from 'astro';

/** Astro's `security.csp` option, as astro.config.mjs takes it. */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The site's Content Security Policy, for Astro's `security.csp`. Astro writes
 * it into every page as `<meta http-equiv="content-security-policy">` (GitHub
 * Pages sends no headers we choose) and adds to `script-src` and `style-src`
 * the hash of every script and stylesheet it bundles or inlines. Pages hold
 * text that strangers contribute; the checks escape it, and this policy is the
 * second wall: nothing runs but the site's own scripts.
 *
 * No `'unsafe-inline'` and no `'unsafe-eval'`: the site has no inline script
 * Astro does not hash (`is:inline` scripts are not hashed, so there are none),
 * no `style` attribute and no `on…` handler. Directives a `<meta>` policy
 * ignores (`frame-ancestors`, `report-uri`, `sandbox`) are left out, as
 * Chromium warns about each one on every page.
 */
export const CONTENT_SECURITY_POLICY = {
  directives: [
    // Everything not named below comes from the site itself: fetches (Pagefind's index,
    // offline.json), the web app manifest, the service worker.
    "default-src 'self'",
    // An entry's <Figure> may show an image from another https site (src/lib/mdx/components.ts).
    "img-src 'self' https:",
    "worker-src 'self'",
    "object-src 'none'",
    // No injected <base> may point the site's relative URLs elsewhere.
    "base-uri 'self'",
    // The search forms submit to the site's own search page.
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind compiles its WebAssembly in the page; 'wasm-unsafe-eval' allows that and no JavaScript eval.
    // Naming resources replaces Astro's default 'self', so it is named again.
    resources: ["'self'", "'wasm-unsafe-eval'"],
  },
} satisfies CspConfig;
