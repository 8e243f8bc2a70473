import { launch } from 'chrome-launcher';
import { navigation, type Flags } from 'lighthouse';
import puppeteer from 'puppeteer-core';

/** What Lighthouse's performance category says of one page load. */
export interface LighthouseFigures {
  /** The performance score, 0 to 1. */
  performance: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** Largest contentful paint, in milliseconds. */
  lcp: number;
  /** Total blocking time, in milliseconds. */
  tbt: number;
}

const FLAGS: Flags = { onlyCategories: ['performance'], logLevel: 'error', output: 'json' };
/**
 * Without page scripts, Lighthouse's in-page probes that wait on a timer never answer: the
 * wait for the CPU to go quiet and the full-page screenshot are skipped (neither counts in the score).
 */
const FLAGS_WITHOUT_JAVASCRIPT: Flags = { ...FLAGS, cpuQuietThresholdMs: 0, disableFullPageScreenshot: true };

/**
 * Runs Lighthouse's performance category on `url` as its default (mobile) run does: a
 * Moto G Power's screen, simulated slow 4G and a 4× slower CPU, in a Chromium of its own
 * (a fresh profile, so an empty cache). Without `javaScript`, the page runs no script, as
 * for a reader who turned JavaScript off. That is switched off for the page once Lighthouse
 * has attached its debugger, which Chromium refuses while scripts are off.
 */
export async function runLighthouse(
  url: string,
  options: { chromePath: string; javaScript: boolean },
): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath: options.chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const page = await browser.newPage();
    const result = options.javaScript
      ? await navigation(page, url, { flags: FLAGS })
      : await navigation(
          page,
          async () => {
            await page.setJavaScriptEnabled(false);
            await page.goto(url);
          },
          { flags: FLAGS_WITHOUT_JAVASCRIPT },
        );
    await browser.disconnect();
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code}: ${runtimeError.message}`);
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: categories['performance']?.score ?? Number.NaN,
      cls: numeric('cumulative-layout-shift'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
    };
  } finally {
    chrome.kill();
  }
}
