// Places of research stops: how a run of words is read into 区县 › 镇/街道 › 村/社区/企业/项目
// (research/place.ts), how much of the run names the place, which places are points to compare,
// and when two stops name the same point. Lengths are counted by hand on the run as written.

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES, type Names } from '../../../server/src/core/config/resolve';
import { parsePlace, readPlace, samePlace } from '../../../server/src/core/research/place';
import type { Place } from '../../../server/src/core/research/types';

const names = DEFAULT_NAMES;

/** [district, town, site, len, level, venue, comparable] of a run. */
type Read = [string | null, string | null, string | null, number, string, boolean, boolean];

function read(run: string, ctx: string | null = null, lenient = false, ns: Names = names): Read | null {
  const r = readPlace(run, ns, ctx, lenient);
  return r && [r.place.district, r.place.town, r.place.site, r.len, r.level, r.venue, r.place.comparable];
}

describe('research/place: the levels of a place', () => {
  const CASES: Array<[string, string | null, Read | null, string]> = [
    ['章丘区文祖街道三德范村察看', null, ['章丘区', '文祖街道', '三德范村', 11, 'site', false, true], 'district, town and village; the activity after it is not the place'],
    ['文祖街道三德范村', '章丘区', ['章丘区', '文祖街道', '三德范村', 8, 'site', false, true], 'the 区县 of the context when the run names none'],
    ['历城区唐王街道', '章丘区', ['历城区', '唐王街道', null, 7, 'town', false, true], 'a 区县 written wins over the context'],
    ['山东省济南市历下区泉城路街道', null, ['历下区', '泉城路街道', null, 14, 'town', false, true], 'province and city dropped before a 区县, counted in the length'],
    ['济南市槐荫区', null, ['槐荫区', null, null, 6, 'district', false, false], 'a city before a 区县 alone: the 区县, not a point'],
    ['邹城市太平镇三官庙村', null, ['邹城市', '太平镇', '三官庙村', 10, 'site', false, true], 'a 县级市 before a town is the 区县'],
    ['济南市趵突泉', null, [null, null, '济南市趵突泉', 6, 'site', false, true], 'a city before neither a 区县 nor a town stays in the name'],
    ['鹿城区五马街道', null, ['鹿城区', '五马街道', null, 7, 'town', false, true], 'a 区县 the lists do not know, by its ending'],
    ['莒南县大店镇', null, ['莒南县', '大店镇', null, 6, 'town', false, true], 'a 县 the lists do not know'],
    ['阳光小区', '历下区', ['历下区', null, '阳光小区', 4, 'site', false, true], '小区 is a site, not a 区县'],
    ['高新区舜华路街道', null, ['高新区', '舜华路街道', null, 8, 'town', false, true], 'a functional area in the lists is a 区县'],
    ['明水街道办事处', null, [null, '明水街道', null, 7, 'town', false, true], '街道办事处 -> 街道, the whole written form counted'],
    ['明水街道办', null, [null, '明水街道', null, 5, 'town', false, true], '街道办 -> 街道'],
    ['双山街道党工委', '章丘区', ['章丘区', '双山街道', null, 7, 'town', false, true], 'the town\'s own office is the town'],
    ['双山街道便民服务中心', null, [null, '双山街道', null, 10, 'town', false, true], 'the town\'s service centre is the town, not a site'],
    ['章丘区人民政府', null, ['章丘区', null, null, 7, 'district', false, false], 'the district\'s government is the district'],
    ['章丘区委', null, ['章丘区', null, null, 4, 'district', false, false], '区委 is the district'],
    ['三德范村村委会', null, [null, null, '三德范村', 7, 'site', false, true], 'a village committee is the village'],
    ['石门村民委员会', null, [null, null, '石门村', 7, 'site', false, true], '村民委员会 after the name'],
    ['眼明泉社区', '章丘区', ['章丘区', null, '眼明泉社区', 5, 'site', false, true], 'a 社区'],
    ['新社区', null, [null, null, '新社区', 3, 'site', false, true], 'one character before 社区 is a name'],
    ['北石门村级活动场所', null, [null, null, '北石门村级活动场所', 9, 'site', false, true], '村级 is a word, not the village'],
    ['莱芜钢铁集团有限公司', null, [null, null, '莱芜钢铁集团', 10, 'site', false, true], 'a group: its legal form dropped, counted in the length'],
    ['济南鲁兴科技有限公司', null, [null, null, '济南鲁兴科技公司', 10, 'site', false, true], '有限公司 -> 公司'],
    ['齐鲁华通股份有限公司', null, [null, null, '齐鲁华通公司', 10, 'site', false, true], '股份有限公司 -> 公司'],
    ['鲁兴公司生产车间', null, [null, null, '鲁兴公司', 8, 'site', false, true], 'a workshop of the company is the company, in the words'],
    ['三德范村石门庄', null, [null, null, '三德范村', 7, 'site', false, true], 'a place ending after the village is in the words'],
    ['三德范村石门村卫生室', null, [null, null, '三德范村', 4, 'site', false, true], 'a second village (with its clinic) is not part of the first'],
    ['三德范村鲁兴公司展厅', null, [null, null, '三德范村', 4, 'site', false, true], 'nor is a company'],
    ['山东重工产业园', null, [null, null, '山东重工产业园', 7, 'site', false, true], 'a name with a place ending'],
    ['玫瑰湖湿地公园察看', null, [null, null, '玫瑰湖湿地公园', 7, 'site', false, true], 'the longest prefix ending like a place'],
    ['趵突泉', null, [null, null, '趵突泉', 3, 'site', false, true], 'a one-character ending after two characters'],
    ['千佛山', null, [null, null, '千佛山', 3, 'bare', false, true], 'words without a place ending are bare'],
    ['齐鲁村镇银行', null, [null, null, '齐鲁村镇银行', 6, 'site', false, true], '村镇银行 is neither a town nor a village'],
    ['新型城镇化示范区', null, [null, null, '新型城镇化示范区', 8, 'site', false, true], '城镇化 is no town'],
    ['温泉小镇项目', null, [null, null, '温泉小镇项目', 6, 'site', false, true], '特色小镇 is a project'],
  ];
  for (const [run, ctx, want, why] of CASES) {
    it(`${run} (${why})`, () => assert.deepEqual(read(run, ctx), want));
  }

  it('counts a leading quote in the length and keeps it in the text', () => {
    const r = readPlace('“娄家村”', names, '历城区')!;
    assert.deepEqual([r.place.site, r.len, r.place.text, r.place.key], ['娄家村', 4, '“娄家村', '历城区||娄家村']);
  });

  it('keys and texts join the levels (empty for a missing one)', () => {
    const r = readPlace('唐王街道娄家村察看麦田', names, null)!;
    assert.equal(r.place.key, '|唐王街道|娄家村');
    assert.equal(r.place.text, '唐王街道娄家村');
  });

  it('a 区县 the name lists add is read from them, where its ending alone would not do', () => {
    // 先行区 reads as a kind of area by its ending; listed, it is a 区县.
    assert.deepEqual(read('先行区太平街道'), [null, '先行区太平街道', null, 7, 'town', false, true]);
    const own: Names = { ...names, districts: ['', '先行区'] };
    assert.deepEqual(read('先行区太平街道', null, false, own), ['先行区', '太平街道', null, 7, 'town', false, true]);
    // An empty entry in the list names nothing.
    assert.deepEqual(read('太平街道', null, false, own), [null, '太平街道', null, 4, 'town', false, true]);
  });
});

describe('research/place: categories, venues and words that are no place', () => {
  const CASES: Array<[string, string | null, Read | null, string]> = [
    ['2个村', '历城区', ['历城区', null, '2个村', 3, 'site', false, false], 'how many villages, not which'],
    ['三家企业', null, [null, null, '三家企业', 4, 'site', false, false], 'three companies'],
    ['有关企业', null, [null, null, '有关企业', 4, 'site', false, false], 'a category'],
    ['联建村', null, [null, null, '联建村', 3, 'site', false, false], 'the village one is paired with: no name'],
    ['重点项目', null, [null, null, '重点项目', 4, 'site', false, false], 'key projects'],
    ['老旧小区', null, [null, null, '老旧小区', 4, 'site', false, false], 'old housing estates'],
    ['县委会议室', '历城区', ['历城区', null, '县委会议室', 5, 'bare', true, false], 'a meeting room'],
    ['鲁兴宾馆', null, [null, null, '鲁兴宾馆', 4, 'site', true, false], 'a hotel'],
    ['鲁兴集团会议中心', null, [null, null, '鲁兴集团', 8, 'site', false, true], 'a company\'s meeting centre is the company'],
    ['三德范村会议室', null, [null, null, '三德范村', 4, 'site', false, true], 'the room after a village is not in the words'],
    ['章丘区', null, ['章丘区', null, null, 3, 'district', false, false], 'a 区县 alone is an area'],
    ['明水工业园区', '章丘区', ['章丘区', '明水工业园区', null, 6, 'town', false, true], 'a named 工业园区 is at the level of a town, not a 区县'],
  ];
  for (const [run, ctx, want, why] of CASES) {
    it(`${run} (${why})`, () => assert.deepEqual(read(run, ctx), want));
  }

  it('nothing that reads as a place is null', () => {
    assert.equal(readPlace('', names, '历城区'), null);
    assert.equal(readPlace('2', names, null), null);
    assert.equal(readPlace('，察看', names, null), null);
  });

  it('bare words longer than 16 characters are no place', () => {
    assert.equal(readPlace('一二三四五六七八九十甲乙丙丁戊己庚', names, null), null);
    assert.deepEqual(read('一二三四五六七八九十甲乙丙丁戊己'), [null, null, '一二三四五六七八九十甲乙丙丁戊己', 16, 'bare', false, true]);
  });

  it('after a town, bare words are read only when lenient (a stop mark, a place cell)', () => {
    assert.deepEqual(read('唐王街道千佛山'), [null, '唐王街道', null, 4, 'town', false, true]);
    assert.deepEqual(read('唐王街道千佛山', null, true), [null, '唐王街道', '千佛山', 7, 'town', false, true]);
  });

  it('parsePlace trims the text and gives the place alone', () => {
    assert.deepEqual(parsePlace('  唐王街道娄家村 ', names, '历城区'), { district: '历城区', town: '唐王街道', site: '娄家村', key: '历城区|唐王街道|娄家村', text: '唐王街道娄家村', comparable: true });
    assert.equal(parsePlace('，', names, null), null);
  });
});

describe('research/place: the same point', () => {
  const P = (district: string | null, town: string | null, site: string | null, comparable = true): Place => ({ district, town, site, key: `${district ?? ''}|${town ?? ''}|${site ?? ''}`, text: `${town ?? ''}${site ?? ''}`, comparable });
  const CASES: Array<[Place, Place, boolean, string]> = [
    [P('历城区', '唐王街道', '娄家村'), P(null, null, '娄家村'), true, 'a site with nothing else known matches'],
    [P(null, null, '娄家村'), P('历城区', '唐王街道', '娄家村'), true, 'either order'],
    [P('历城区', null, '娄家村'), P('章丘区', null, '娄家村'), false, 'another 区县'],
    [P(null, null, '娄家村'), P('章丘区', null, '娄家村'), true, 'one 区县 unknown'],
    [P('历城区', '唐王街道', '娄家村'), P('历城区', '港沟街道', '娄家村'), false, 'the same village name in another town'],
    [P('历城区', null, '娄家村'), P('历城区', '港沟街道', '娄家村'), true, 'a town written on one side only'],
    [P('历城区', '唐王街道', '娄家村'), P('历城区', '唐王街道', '港沟村'), false, 'another village'],
    [P(null, '唐王街道', null), P('历城区', '唐王街道', null), true, 'the same town'],
    [P('历城区', '唐王街道', null), P('历城区', '港沟街道', null), false, 'another town'],
    [P('历城区', '唐王街道', null), P('历城区', '唐王街道', '娄家村'), false, 'a town is not a village in it'],
    [P('历城区', '唐王街道', '娄家村'), P('历城区', '唐王街道', null), false, 'nor the other way'],
    [P('历城区', '唐王街道', '娄家村', false), P('历城区', '唐王街道', '娄家村'), false, 'a place not to compare'],
    [P('历城区', '唐王街道', '娄家村'), P('历城区', '唐王街道', '娄家村', false), false, 'on either side'],
  ];
  for (const [a, b, want, why] of CASES) {
    it(`${a.key} ~ ${b.key}: ${want} (${why})`, () => assert.equal(samePlace(a, b), want));
  }
});

describe('research/place: words inside names', () => {
  const CASES: Array<[string, Read | null, string]> = [
    ['唐王乡村振兴基地', [null, null, '唐王乡村振兴基地', 8, 'site', false, true], '乡 before 村 is 乡村, no town; 乡村 is no village'],
    ['港沟街道里仁村', [null, '港沟街道', '里仁村', 7, 'site', false, true], 'a village starting with 里 after a 街道 (only a 乡 before 里 makes a word)'],
    ['唐王镇农业银行', [null, '唐王镇', '农业银行', 7, 'site', false, true], 'a bank later in the run does not undo the 镇'],
    ['唐王街道化工园区', [null, '唐王街道', '化工园区', 8, 'site', false, true], '化 after a 街道 (only after 镇 it makes 城镇化)'],
    ['唐王街道娄家村的麦田', [null, '唐王街道', '娄家村', 7, 'site', false, true], 'the village ends before 的'],
    ['芦南社区卫生服务站', [null, null, '芦南社区', 9, 'site', false, true], 'a community with its facility: the community, the facility counted in the length'],
    ['美丽乡村示范点', [null, null, '美丽乡村示范点', 7, 'site', false, true], '乡村 is no village: the whole name ends like a place'],
    ['娄家村一组', [null, null, '娄家村', 3, 'site', false, true], '一 after 村 is no word with it'],
    ['唐王街道北湖', [null, '唐王街道', null, 4, 'town', false, true], 'a one-character ending needs two characters before it'],
    ['章丘区中医院', ['章丘区', null, '中医院', 6, 'site', false, true], 'one character before a two-character ending is a name'],
    ['千佛山景区的索道', [null, null, '千佛山景区', 5, 'site', false, true], 'the place ends before 的'],
    ['章丘区人民政府便民服务中心', ['章丘区', null, null, 7, 'district', false, false], 'the district government\'s own service centre is the district'],
    ['千佛山景区游客中心会议室', [null, null, '千佛山景区游客中心', 9, 'site', false, true], 'a meeting room after a facility is not part of its name: no venue'],
    ['山东省', [null, null, '山东省', 3, 'bare', false, true], 'a province alone is not dropped to nothing'],
    ['济南市', [null, null, '济南市', 3, 'bare', false, true], 'a city alone is not dropped to nothing'],
    ['大王乡北沟村', [null, '大王乡', '北沟村', 6, 'site', false, true], 'a 乡 with a village after it (only 村 right after 乡 makes 乡村)'],
    ['留守村民', [null, null, '留守村民', 4, 'bare', false, true], '村民 are villagers, not a village'],
    ['三德范村文化和旅游服务站', [null, null, '三德范村', 12, 'site', false, true], 'a 和 inside the facility\'s name after the village keeps it in the words'],
  ];
  for (const [run, want, why] of CASES) {
    it(`${run}: ${why}`, () => assert.deepEqual(read(run), want));
  }

  it('parsePlace is not lenient: bare words after a town are no site', () => {
    assert.deepEqual(parsePlace('唐王街道芙蓉街', names, null), { district: null, town: '唐王街道', site: null, key: '|唐王街道|', text: '唐王街道', comparable: true });
  });
});
