/** The sidebar: the landing page, then every lesson in the order of its numeric prefix. */
import { readCourse } from './lessons';

/** The components reference: its index, then one page per component (src/pages/widgets/). */
const COMPONENT_PAGES = [
  ['Lab', 'lab'],
  ['Checker', 'checker'],
  ['Trace', 'trace'],
  ['Predict', 'predict'],
  ['Quiz', 'quiz'],
  ['BreakTheFix', 'break-the-fix'],
  ['Lifecycle', 'lifecycle'],
  ['ModelNumber', 'model-number'],
  ['SeedDiff', 'seed-diff'],
  ['SchemaTable', 'schema-table'],
] as const;

function componentPages() {
  return [
    { label: 'All components', link: '/authoring/components/' },
    ...COMPONENT_PAGES.map(([label, slug]) => ({ label, link: `/widgets/${slug}/` })),
  ];
}

export function courseSidebar() {
  return [
    { label: 'Start here', link: '/' },
    {
      label: 'Lessons',
      items: readCourse().map((lesson) => ({
        label: `${lesson.order}. ${lesson.data.title}`,
        link: `/lessons/${lesson.id}/`,
      })),
    },
    {
      label: 'Your work',
      items: [
        { label: 'Your progress', link: '/progress/' },
        { label: 'Your notebook', link: '/notebook/' },
      ],
    },
    {
      label: 'For instructors',
      collapsed: true,
      items: [
        { label: "Instructors' overview", link: '/instructors/' },
        { label: 'Authoring guide', link: '/authoring/' },
        { label: 'Writing a lesson', link: '/authoring/lessons/' },
        { label: 'Writing a scenario', link: '/authoring/scenarios/' },
        { label: 'Writing a challenge', link: '/authoring/challenges/' },
        { label: 'Components', items: componentPages() },
      ],
    },
    {
      label: 'Reference',
      items: [
        { label: 'Glossary', link: '/glossary/' },
        { label: 'Sources and references', link: '/references/' },
        { label: 'About this course', link: '/about/' },
      ],
    },
  ];
}
