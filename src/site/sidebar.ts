/** The sidebar: the landing page, then every lesson in the order of its numeric prefix. */
import { readCourse } from './lessons';

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
