/**
 * Traditional characters that Hong Kong, Macao and Taiwan printings, and documents converted for them, use in
 * the headers, attributes, units and notation words of plan tables (指標 / 預期值 / 單位 / 年均增長 / 約束性 /
 * 億元 / 個百分點 / 以內), each with its simplified form. Only characters whose traditional form is never a
 * simplified character with another meaning are listed (乾/幹, 後, 著 and the like are left out), so folding a
 * simplified text changes nothing. Not a converter: names and values keep the characters they were printed in.
 */
const PAIRS =
  '標标 預预 單单 長长 實实 績绩 際际 類类 別别 屬属 責责 門门 規规 劃划 備备 註注 說说 號号 現现 計计 ' +
  '約约 數数 項项 體体 內内 總总 況况 達达 時时 間间 億亿 萬万 畝亩 噸吨 個个 點点 資资 來来 為为 產产 ' +
  '經经 濟济 發发 國国 機机 構构 務务 價价 額额 與与 歲岁 戶户 場场 頃顷 區区 縣县 鎮镇 級级 種种 車车 ' +
  '輛辆 業业 鄉乡 農农 養养 醫医 學学 師师 範范 書书 圖图 館馆 員员 電电 氣气 熱热 環环 態态 綠绿 廢废 ' +
  '處处 測测 準准 較较 減减 險险 聯联 網网 營营 運运 輸输 設设 節节 續续 則则 開开 關关 線线 並并 從从 ' +
  '歷历 屆届 執执 監监 統统 獲获 蓋盖 積积 頭头 隊队 補补 貼贴 質质 綜综 創创 應应 覽览 礎础 畢毕 莊庄 ' +
  '參参 貿贸 進进 銷销 兒儿 幣币 擴扩 稅税 費费 鐵铁 園园 權权 專专 傳传 廳厅 會会 議议 職职 軟软 雲云 ' +
  '壽寿 齡龄 勞劳 動动 導导 優优 紀纪 錄录 溫温 歸归 廠厂 貨货 離离 療疗 護护 嬰婴 寬宽 帶带 層层 ' +
  '狀状 領领 裏里 張张 條条 臺台 過过 於于 確确 爭争 強强 綫线 稱称 ' +
  '擁拥 試试 驗验 義义 調调 衛卫 飲饮 淨净 糧粮 細细 顆颗 礦矿 橋桥 軌轨 樓楼 貸贷 儲储 匯汇 轉转 讓让 財财 鋪铺 棄弃 ';

const FOLD = new Map<string, string>(
  PAIRS.trim().split(/\s+/u).map((pair): [string, string] => [pair.slice(0, 1), pair.slice(1)]),
);

const TRADITIONAL = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'gu');

/** The text with the listed traditional characters in their simplified form: 年均增長 → 年均增长, 億元 → 亿元. */
export function simplifiedForms(text: string): string {
  return text.replace(TRADITIONAL, (character) => FOLD.get(character) ?? character);
}
