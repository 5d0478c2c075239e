/**
 * Cleaning: from the blocks of a document to an article's clean text, with the title, section
 * headings, byline and original source found, and boilerplate removed with a reason.
 */
package io.vigil.clean;
