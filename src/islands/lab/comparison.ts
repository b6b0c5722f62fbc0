/** "Compare lock designs": one chunk, loaded when the comparison is first shown (parts.ts). */
export { ComparePanel } from './ComparePanel';
export { compareDesigns } from './compare';
