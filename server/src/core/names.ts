// Shared vocabulary at the bottom layer: the name lists the parsers and rules read to tell who
// issues a document, who is addressed and where a visit goes. Imports nothing; the configuration
// (config/resolve.ts) replaces the lists per team.

/**
 * Name lists the rules use to tell who issues a document and who is addressed. Defaults are
 * for a prefecture-level city (济南 is the example); every list can be replaced per team.
 * Names are matched after the city's own name is dropped (济南市人民政府办公厅 -> 市人民政府办公厅).
 */
export interface Names {
  /** 市委, 市政府 and their 办公厅/办公室: bodies that may direct the districts. */
  leadership: string[];
  /** 督查室 of 市委 / 市政府: the only bodies that run city-wide inspections (§17). */
  inspectionOffices: string[];
  /** Endings of 议事协调机构 names (…领导小组, …指挥部, …委员会办公室 …). */
  coordinationBodies: string[];
  /** The city's districts and counties (区县), including functional areas. */
  districts: string[];
  /** Titles of the principal city leaders (for meeting speeches). */
  principalLeaders: string[];
}

export const DEFAULT_NAMES: Names = {
  leadership: [
    '市委', '市人民政府', '市政府', '市委办公厅', '市政府办公厅', '市人民政府办公厅',
    '市委办公室', '市政府办公室', '市人民政府办公室', '市委市政府',
  ],
  inspectionOffices: ['市委督查室', '市政府督查室', '市人民政府督查室', '市委市政府督查室', '市委督查考核办公室'],
  coordinationBodies: [
    '领导小组', '领导小组办公室', '指挥部', '指挥部办公室', '工作专班', '联席会议', '联席会议办公室',
    '委员会办公室', '安全生产委员会', '食品安全委员会', '减灾委员会', '爱国卫生运动委员会', '绿化委员会',
    '议事协调机构',
  ],
  districts: [
    '历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区',
    '平阴县', '商河县', '高新区', '起步区', '南部山区',
  ],
  principalLeaders: ['市委书记', '市长', '市委主要负责同志', '市政府主要负责同志', '市委、市政府主要负责同志'],
};
