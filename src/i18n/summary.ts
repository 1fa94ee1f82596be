/**
 * The English catalog's article summary (en.ts), and the shape every language's summary takes: a retelling, in the project's own words, of
 * "Healing Through Relationship: A Psychodynamic Look at Relational Theory".
 * About 380 words in all: two minutes' reading at a calm pace.
 *
 * `{minutes}` in a paragraph is replaced with the element's `consult-minutes`.
 */

/** One of the three things relational work pays special attention to. */
export interface Pillar {
  readonly name: string;
  readonly text: string;
}

/** A section of the summary under its own subheading. */
export interface SummarySection {
  /** The slot whose content replaces this section (heading and text) on a page that gives its own. */
  readonly slot: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Named points, shown as a list after the first paragraph. */
  readonly pillars?: readonly Pillar[];
  /** Plain points, shown as a list after the first paragraph. */
  readonly points?: readonly string[];
}

/** The built-in summary's text: its title, the lead (the `summary` variant's teaser) and the sections. */
export interface Summary {
  readonly title: string;
  readonly lead: string;
  readonly sections: readonly SummarySection[];
}

/** The title, shown at the element's `heading-level`. */
export const title = 'Healing through relationship';

/**
 * Part 1, the hook. It opens the full text and is, on its own, the teaser of
 * the `summary` variant, so it stays under 80 words.
 */
export const lead =
  'Do the same feelings keep returning with a partner, a friend, even a colleague? Perhaps ' +
  'you pull away when you long to be close, or chase people who stay out of reach. Such ' +
  'patterns are rarely random: our earliest emotional experiences shape them, and they ' +
  'keep showing up. Relational therapy looks at what happens between people, not only ' +
  'inside you.';

/** Parts 2 to 6. */
export const sections: readonly SummarySection[] = [
  {
    slot: 'shift',
    heading: 'From the couch to the connection',
    paragraphs: [
      'Classical psychoanalysis studied the inner world (unconscious drives, childhood, ' +
        'conflict) through a neutral therapist interpreting from a distance. Relational ' +
        'theory, a contemporary psychodynamic approach, holds that we grow in relationship, ' +
        'not in isolation.',
      'Your therapist shows up as a real person, attuned and responsive, curious about what ' +
        'happens between you. There, old patterns come into view and new ways of relating ' +
        'take root.',
    ],
  },
  {
    slot: 'different',
    heading: 'What makes it different',
    paragraphs: ['Healing happens in connection. Relational work pays special attention to:'],
    pillars: [
      {
        name: 'Mutuality',
        text: 'Your therapist is not a blank screen: the relationship you build together is part of the healing.',
      },
      {
        name: 'Here-and-now dynamics',
        text:
          'Old patterns come alive in the room: fearing rejection, you may expect judgment; ' +
          'used to caretaking, you may play down your needs. They are explored with curiosity and ' +
          'care, not blame.',
      },
      {
        name: 'The therapist’s subjectivity',
        text: 'Your therapist reflects on their own emotional responses, aiming for honesty and ethical care, not perfect neutrality.',
      },
    ],
  },
  {
    slot: 'helps',
    heading: 'How it helps',
    paragraphs: [
      'You experience something different, not only understand it. You find out what it is like:',
      'Over time, outside therapy too, it gets easier to ask for what you need, to let people close ' +
        'without fear, and to treat yourself with compassion.',
    ],
    points: [
      'to be met rather than judged;',
      'to be answered with empathy rather than silence;',
      'to have your feelings welcomed as valid, not “too much” or “not enough”.',
    ],
  },
  {
    slot: 'matters',
    heading: 'Why it matters',
    paragraphs: [
      'Many people see their anxiety, depression, relationship troubles or low self-worth ' +
        'as personal flaws. Relational theory sees these struggles as often growing from early ' +
        'emotional needs left unmet. The aim is not to pathologize you, but to understand, feel and relate ' +
        'differently. There are no quick fixes: the change goes deeper, rooted in safety, ' +
        'curiosity and connection.',
    ],
  },
  {
    slot: 'closing',
    heading: 'Let’s explore this together',
    paragraphs: [
      'If you want therapy that goes beyond coping skills to shift long-standing patterns, ' +
        'this may fit. A free {minutes}-minute consultation is a calm first step. You do not ' +
        'have to figure it out alone.',
    ],
  },
];
