// What each name list of the configuration (core/names.ts) is for, in one table: the one-line
// summary `gongwen init` writes above the list, and the description the settings schema and
// package.json carry (scripts/generate.ts).

import type { Names } from '../core/names';
import type { Msg } from '../core/types';

export const NAME_LIST_TEXT: Record<keyof Names, { summary: Msg; description: Msg }> = {
  leadership: {
    summary: { zh: '可以向区县直接发文、布置工作的机关', en: 'bodies that may send documents and assign work to districts directly' },
    description: {
      zh: '可以向区县直接发文、布置工作的机关：市委、市政府及其办公厅（室）。匹配前先去掉本市名称（济南市人民政府办公厅 → 市人民政府办公厅）。',
      en: 'Bodies that may direct the districts: the city party committee, the city government and their general offices. The city\'s own name is dropped before matching (济南市人民政府办公厅 → 市人民政府办公厅).',
    },
  },
  inspectionOffices: {
    summary: { zh: '可以开展全市性督查检查的督查室', en: 'inspection offices that may run city-wide inspections' },
    description: {
      zh: '可以开展全市性督查检查的督查室（§17）。',
      en: 'Inspection offices that may run city-wide inspections (§17).',
    },
  },
  coordinationBodies: {
    summary: { zh: '议事协调机构名称的结尾', en: 'endings of the names of coordination bodies' },
    description: {
      zh: '议事协调机构名称的结尾（…领导小组、…指挥部、…委员会办公室 等）。',
      en: 'Endings of the names of coordination bodies (…领导小组, …指挥部, …委员会办公室 …).',
    },
  },
  districts: {
    summary: { zh: '本市的区县（含功能区）', en: "the city's districts and counties" },
    description: {
      zh: '本市的区县（含功能区），用于识别主送区县和调研地点。',
      en: 'The city\'s districts and counties (including functional areas), to recognise addressees and research places.',
    },
  },
  principalLeaders: {
    summary: { zh: '市主要领导的称谓', en: 'titles of the principal city leaders' },
    description: {
      zh: '市主要领导的称谓（会议讲话时长 §8）。',
      en: 'Titles of the principal city leaders (meeting speech limits, §8).',
    },
  },
  partyPrincipals: {
    summary: { zh: '各级党委主要负责同志的称谓', en: 'titles of the Party principal at any level' },
    description: {
      zh: '各级党委主要负责同志的称谓（省委书记、县委书记、镇党委书记……），用于“党政主要负责同志同时参加的会议一般不同时讲话”（《若干规定》严格精简会议）。',
      en: 'Titles of the party principal at any level (省委书记, 县委书记, 镇党委书记 …), for "the party and government principals do not both speak at one meeting" (national Provisions, meetings).',
    },
  },
  governmentPrincipals: {
    summary: { zh: '各级政府主要负责同志的称谓', en: 'titles of the government principal at any level' },
    description: {
      zh: '各级政府主要负责同志的称谓（省长、市长、县长、镇长……），用途同上。',
      en: 'Titles of the government principal at any level (省长, 市长, 县长, 镇长 …), for the same rule.',
    },
  },
};
