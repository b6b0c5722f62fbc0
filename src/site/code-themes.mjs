// One pair of Shiki themes for the whole site: Starlight's code blocks (Expressive Code) and the
// widgets' build-time highlighting use the same light and dark colours.
/** @type {{ light: 'github-light', dark: 'github-dark' }} */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' };
