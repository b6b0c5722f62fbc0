/** The link icon of heading anchors: drawn by AnchorHeading (Preact) and AnchorHeading.astro. */
export const ANCHOR_ICON_PATHS = [
  'M10 14a4 4 0 0 0 5.7 0l3.6-3.6a4 4 0 0 0-5.7-5.7L12 6.3',
  'M14 10a4 4 0 0 0-5.7 0l-3.6 3.6a4 4 0 0 0 5.7 5.7l1.6-1.6',
];
