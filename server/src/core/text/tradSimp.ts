// Traditional -> simplified Chinese, one character for one (offsets stay aligned), for the
// characters of official drafting. Used only to match phrases (一票否決, 簽訂責任狀, 鄉鎮（街道）…)
// in texts written or pasted in traditional characters; the text itself is never changed.

const TRAD = '萬與專業叢東絲兩嚴喪個豐臨為麗舉義烏樂喬習鄉書買亂爭於虧雲亞產畝親億僅從侖倉儀們價眾優會傘偉傳傷倫偽體餘係僱傾償儲兒兌黨蘭關興養獸內岡冊寫軍農馮沖決況凍凈淨涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪別剎劑剝劇勸辦務動勵勁勞勢勳區醫華協單賣盧衛卻廠廳歷厲壓厭縣參雙發變敘臺葉號嘆嚇呂嗎噸聽啟吳員響問啞喚喲團園圍圖國圓聖場壞塊堅壇壩墳墜壟壘墾執報堯塗壯聲殼處備復夠頭誇夾奪奮獎奧婦媽嬰孫學寧寶實寵審憲宮寬賓對尋導將爾塵嘗屆屍屬屢層島峽巖嶺嶼巒幣帥師帳帶幫幹並廣慶廬庫應廟廢開異棄張彌彎彈強歸當錄彙彥徹徑徠憶懷態憐總戀懇惡惱悅愛慘慣慮憂懲戰戲戶撲擴掃揚擾撫搶護擔擬攏揀擁攔擰撥擇掛摯撈損撿換據擄擲攙摟攪攜攝擺搖擠撐攢擋敵數齊斬斷無舊時曠暢曉暫曬朧術機殺雜權條來楊極構樞棗櫃檔橋檢樓欄樹樣標橫歡歐殘殤毀氣漢湯溝沒澤潔灑濟濃淺滅測渾濕溫滿濾濫潰灣滬滯滲漲潛澆灘瀕災燈靈爐點煉爛熱煩燒營燦燭爺牆牽狀獨獲猶狹獵獻獄現環瑪瓊電畫畢療瘡瘋癢癥盡監盤蓋盜睜瞞矚礎礦碼確礙禮禍禪離種積稱穩窮竊竅競筆範築簡節籌簽籃糧緊糾紅紀約級紋納紐純紙紛紡組細終經結給絡絕統綁繼績續維綜綠線編緩練縮織繞繩繪罰罷羅翹聞聯聰職肅脅脈腦膚腫腳臉膽膠臘艦艱藝蘇藥莊萊蓮蕭薦蘆薩藍蟲蝦蠶補裝襪製複褲襲見觀規視覺覽觸計訂認譏討讓訓議訊記講許論設訪證評識詞譯試詩誠話該詳誤說請諸讀課誰調談諒謀謂謝謠謹譜譽豎豬貝負財責貫貨販貧購貯貼貴費資賊賄賠賞賬質賴贈贊贏趕趙趨躍跡踐車軌軟轉輪載較輔輕輛輸轄辭邊達遷過運還這進遠違連遲適選遺遼郵鄰醞釋裡鑒針釣鈴鉛銀銅鋼錢錯鍵鍋鎖鏈鐘鐵鑄長門閃閉閒間閱闊闖陽陰陣階際陸隊隨險隱難雞雖霧靜韓頁頂項順須預領頻題額顏願類顧顯風飛飯飲館饑馬駐駕驗騎驚鬥魚鮮鳥鳴鴻麥黃齡龍龜牠麼裏佈註祕汙衆啓巿綫鈎峯羣蒐徵檯颱週託鬆閘滙匯樁礪鍛箋檻屜繫儘錶綱網緝緒縱縫繳攬銷銳鋪鏟閣闡陳隸靂韋顆颳驅髮鬧鹽黴齒僞竪艷衝乾蔔藉瞭後隻準蹟傑遊樸劵剷噹騰臟髒懸鍊箏慾穀麵簑蝕稅揮饋剋鬍嚮穫僕兇噁瀰儸纔甦採迴溼癒鍾滷蘋鑑鄭鄧魯濰濱蕪鎮傢嶄誌舖攤鉤糰睏砲囉擱硃簾閑瞼誼彫癡紮闆噓蓆鬨衹迺嫺瑣脣皺賸駛嚐覈韻鏡錦齣輒遞墻爲併軼';
const SIMP = '万与专业丛东丝两严丧个丰临为丽举义乌乐乔习乡书买乱争于亏云亚产亩亲亿仅从仑仓仪们价众优会伞伟传伤伦伪体余系雇倾偿储儿兑党兰关兴养兽内冈册写军农冯冲决况冻净净凉减凑凛几凤凭凯击凿划刘则刚创删别刹剂剥剧劝办务动励劲劳势勋区医华协单卖卢卫却厂厅历厉压厌县参双发变叙台叶号叹吓吕吗吨听启吴员响问哑唤哟团园围图国圆圣场坏块坚坛坝坟坠垄垒垦执报尧涂壮声壳处备复够头夸夹夺奋奖奥妇妈婴孙学宁宝实宠审宪宫宽宾对寻导将尔尘尝届尸属屡层岛峡岩岭屿峦币帅师帐带帮干并广庆庐库应庙废开异弃张弥弯弹强归当录汇彦彻径徕忆怀态怜总恋恳恶恼悦爱惨惯虑忧惩战戏户扑扩扫扬扰抚抢护担拟拢拣拥拦拧拨择挂挚捞损捡换据掳掷搀搂搅携摄摆摇挤撑攒挡敌数齐斩断无旧时旷畅晓暂晒胧术机杀杂权条来杨极构枢枣柜档桥检楼栏树样标横欢欧残殇毁气汉汤沟没泽洁洒济浓浅灭测浑湿温满滤滥溃湾沪滞渗涨潜浇滩濒灾灯灵炉点炼烂热烦烧营灿烛爷墙牵状独获犹狭猎献狱现环玛琼电画毕疗疮疯痒症尽监盘盖盗睁瞒瞩础矿码确碍礼祸禅离种积称稳穷窃窍竞笔范筑简节筹签篮粮紧纠红纪约级纹纳纽纯纸纷纺组细终经结给络绝统绑继绩续维综绿线编缓练缩织绕绳绘罚罢罗翘闻联聪职肃胁脉脑肤肿脚脸胆胶腊舰艰艺苏药庄莱莲萧荐芦萨蓝虫虾蚕补装袜制复裤袭见观规视觉览触计订认讥讨让训议讯记讲许论设访证评识词译试诗诚话该详误说请诸读课谁调谈谅谋谓谢谣谨谱誉竖猪贝负财责贯货贩贫购贮贴贵费资贼贿赔赏账质赖赠赞赢赶赵趋跃迹践车轨软转轮载较辅轻辆输辖辞边达迁过运还这进远违连迟适选遗辽邮邻酝释里鉴针钓铃铅银铜钢钱错键锅锁链钟铁铸长门闪闭闲间阅阔闯阳阴阵阶际陆队随险隐难鸡虽雾静韩页顶项顺须预领频题额颜愿类顾显风飞饭饮馆饥马驻驾验骑惊斗鱼鲜鸟鸣鸿麦黄龄龙龟它么里布注秘污众启市线钩峰群搜征台台周托松闸汇汇桩砺锻笺槛屉系尽表纲网缉绪纵缝缴揽销锐铺铲阁阐陈隶雳韦颗刮驱发闹盐霉齿伪竖艳冲干卜借了后只准迹杰游朴券铲当腾脏脏悬炼筝欲谷面蓑蚀税挥馈克胡向获仆凶恶弥罗才苏采回湿愈钟卤苹鉴郑邓鲁潍滨芜镇家崭志铺摊钩团困炮啰搁朱帘闲睑谊雕痴扎板嘘席哄只乃娴琐唇皱剩驶尝核韵镜锦出辄递墙为并轶';

/**
 * The simplified form of each traditional character, by UTF-16 unit (0: none): an array read per
 * character, not a map lookup, because every paragraph's key and every chrome line is folded.
 */
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i < TRAD.length; i++) SIMPLIFIED[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);

/** A copy of the table (a module that adds forms of its own starts from it). */
export function simplifiedCodes(): Uint16Array {
  return SIMPLIFIED.slice();
}

/** Whether s holds any character the fold would change (cheap test before folding). */
export function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (SIMPLIFIED[s.charCodeAt(i)] !== 0) return true;
  return false;
}

/** s with traditional characters replaced by their simplified forms; same length as s. */
export function foldTraditional(s: string): string {
  // Copies the runs between folded characters, one slice per run, not one string per character.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const r = SIMPLIFIED[s.charCodeAt(i)]!;
    if (r === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(r);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
