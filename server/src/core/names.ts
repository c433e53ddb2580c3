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
  /**
   * Titles of the 党委 principal at any level (书记 of a 省委/市委/县委/区委, 镇党委 …): the national
   * rules hold 地方党政主要负责同志 at every level, not only the city's own.
   */
  partyPrincipals: string[];
  /** Titles of the 政府 principal at any level (省长, 市长, 县长, 区长, 镇长, 乡长 …). */
  governmentPrincipals: string[];
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
  // Level-generic: 副书记, 副市长 and 市长助理 never match (agenda/roles.ts guards the title's neighbours).
  partyPrincipals: [
    '省委书记', '自治区党委书记', '市委书记', '州委书记', '盟委书记', '县委书记', '区委书记', '旗委书记',
    '镇党委书记', '乡党委书记', '街道党工委书记', '党工委书记',
    '省委主要负责同志', '市委主要负责同志', '州委主要负责同志', '县委主要负责同志', '区委主要负责同志', '党委主要负责同志',
  ],
  governmentPrincipals: [
    '省长', '自治区主席', '市长', '州长', '盟长', '县长', '区长', '旗长', '镇长', '乡长', '街道办事处主任', '管委会主任',
    '省政府主要负责同志', '市政府主要负责同志', '州政府主要负责同志', '县政府主要负责同志', '区政府主要负责同志', '政府主要负责同志',
  ],
};
