/**
 * `@tarojs/components` as the H5 build's pages get it (config/h5Components.ts
 * points `src/`'s imports here; the weapp build never sees this folder).
 * Taro's HTML components (`h5.useHtmlComponents`, @tarojs/components-react):
 * View, Text, Image… are plain React elements, so a page that uses only
 * them loads none of the Stencil web components and waits for no custom
 * element to upgrade before it shows. Where the HTML component behaves
 * unlike the one our pages were written for, the one here does:
 * - View: ./View (its class on the element at once, hoverClass);
 * - Input: ./Input (uncut number fields, the Stencil element's shape);
 * - Picker: Stencil's, kept: the HTML picker draws other columns, classes
 *   and year labels, and the pages with a picker (staff forms) are never on
 *   the first screen, so the Stencil runtime comes with those pages only;
 *   ./Picker holds it to its value after a choice the page refused.
 * Textarea, Canvas and the rest still come from Stencil through
 * components-react, each with the pages that use it.
 */
export * from '@tarojs/components-react';
export { default as Picker } from './Picker';
export { default as Input } from './Input';
export { default as View } from './View';
