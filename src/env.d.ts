declare namespace App {
  interface Locals {
    /** The UI language of the page: `/en/…` pages are English, the rest Chinese. */
    lang: import('./core/text.ts').Lang;
  }
}
