/**
 * The starter files `npm run new` writes. Each builds as it is and says, in comments, what to
 * change; the lesson starter passes the content lint, the scenario starter's claim is true.
 */

/** A lesson starter: valid frontmatter with every field explained, one section, a self-check. */
export function lessonTemplate(title: string): string {
  return `---
# Shown as the page heading, in the sidebar and on the course map.
title: ${title}
# One sentence for the course map, search results and link previews.
description: What the learner will understand after this lesson, in one sentence.
# What a learner can do afterwards; start each with a verb (Explain, Name, Predict…).
objectives:
  - Explain the one idea this lesson is about.
# Estimated reading and exercise time, in whole minutes.
minutes: 10
# Lesson ids (file names without the NN- prefix) to read first.
prerequisites: []
# Kernel functions this lesson discusses, so learners can read the real code.
kernelRefs:
  - file: mm/balloon_compaction.c
    function: balloon_page_isolate
    commit: a3fafdd3896719923f7055b6d7f10f6ee1950d8b
---

{/*
  Widgets: import what you need, for example
    import Lab from '../../src/components/Lab.astro';
  and use it as <Lab scenario="isolate-vs-deflate" balloon="patched" core="core-page-lock" />.
  The authoring guide (/authoring/) lists every component with its props.
  Write kernel identifiers in code formatting, and take counts of states from <ModelNumber />.
*/}

## The idea

Start with the one idea of this lesson, in plain words, then show it.

## Check yourself

<details>
<summary>A question the learner should be able to answer now.</summary>

The answer, with the reason.

</details>
`;
}

/** A scenario starter: one page, compaction against deflate, one true claim. */
export function scenarioTemplate(id: string): string {
  return `# A race scenario. Every field is described in src/schemas/scenario.ts and in the authoring
# guide (/authoring/scenarios/). Check it with: npm run lab -- check ${id} --balloon patched
id: ${id} # must equal the file name
title: Compaction isolates P while the driver deflates
description: >
  One paragraph for learners: which CPUs race for which page, and what to watch for.
pages:
  # onList: in the balloon when the run starts; unallocated: a program allocates it.
  - { name: P, state: onList }
cpus:
  # Programs: inflate (args: page), deflate (args: count), isolate (args: page, then, newpage).
  - { name: A, program: isolate, args: { page: P, then: putback } }
  - { name: B, program: deflate, args: { count: 1 } }
expect:
  # One claim per variant pair you want to teach with. The build checks every claim over all
  # interleavings; a claimed violation needs a proof: CPU names, one per step.
  - balloon: patched
    core: core-page-lock
    verdict: safe
    note: Why, in a sentence, for instructors.
`;
}
