// Flags phrases that wave the reader's problem away ("not our problem", "calm down", "deal with it").
import { DISMISSIVE } from '../../data/tone/dismissive.js';
import { phraseRule } from './context.js';

export const dismissive = phraseRule({
  meta: {
    id: 'tone/dismissive',
    category: 'tone',
    description: 'Flags phrases that dismiss or minimise the reader\'s problem, such as "not our problem", "calm down" or "works on my machine".',
    why: 'To the reader the problem is real; acknowledging the frustration and giving a clear plan is what helps.',
    messages: {
      minimising: '"{{actual}}" minimises the problem: the reader may feel their trouble does not matter.',
      notOurProblem: '"{{actual}}" shuts the door: the reader is left with nowhere to turn.',
      worksForMe: '"{{actual}}" suggests the problem is on the reader\'s side: they may feel doubted.',
      calmDown: '"{{actual}}" dismisses the reader\'s feelings: it usually makes people more upset.',
      whatever: '"{{actual}}" reads as a shrug: the reader will feel you do not care.',
      dealWithIt: '"{{actual}}" tells the reader to put up with it: they will feel left on their own.',
      nothingToDo: '"{{actual}}" is a dead end: the reader is left without a next step.',
      onlyYou: '"{{actual}}" makes the reader doubt their own problem: they may feel dismissed.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: DISMISSIVE,
});
