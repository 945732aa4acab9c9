/**
 * korean-v3: Korean family names, for reading a family name written the English way with a typing error
 * ("Dohn" for Sohn, "Rhe" for Rhee). About 150 family names cover all but a sliver of Koreans, North and
 * South (the North's 리 림 류 로 라 량 려 련 렴 are read through the initial sound rule as 이 임 유 노 나 양
 * 여 연 염, so either spelling counts).
 */
import { hangulReadings } from './hangul.ts';
import { readingsOverlap, syllableReadings } from './syllables.ts';

const FAMILY_NAMES = [
  '김', '이', '리', '박', '최', '정', '강', '조', '윤', '장', '임', '림', '한', '오', '서', '신', '권', '황', '안', '송',
  '류', '유', '전', '홍', '고', '문', '양', '량', '손', '배', '백', '허', '남', '심', '노', '로', '하', '곽', '성', '차',
  '주', '우', '구', '민', '진', '지', '엄', '채', '원', '천', '방', '공', '현', '함', '변', '염', '렴', '여', '려', '추',
  '도', '소', '석', '선', '설', '마', '길', '연', '련', '위', '표', '명', '기', '반', '라', '나', '왕', '금', '옥', '육',
  '인', '맹', '제', '모', '탁', '국', '어', '은', '편', '용', '예', '경', '봉', '사', '부', '가', '복', '태', '목', '형',
  '계', '피', '두', '감', '음', '빈', '동', '온', '호', '범', '좌', '팽', '승', '간', '상', '단', '견', '당', '화', '창',
  '옹', '순', '빙', '종', '풍', '대', '필', '학', '근', '영', '시', '즙', '묵', '후', '요', '판', '곡', '초', '섭', '야',
];

const READINGS: readonly (readonly number[])[] = FAMILY_NAMES.map((h) => hangulReadings(h, true));
const cache = new Map<string, boolean>();

/** Whether a romanized syllable reads as a Korean family name (any spelling: Pak, Park, Bak; Ri, Lee, Rhee). */
export function isFamilyName(syllable: string): boolean {
  let hit = cache.get(syllable);
  if (hit === undefined) {
    const r = syllableReadings(syllable, true);
    hit = r !== null && READINGS.some((f) => readingsOverlap(r, f));
    cache.set(syllable, hit);
  }
  return hit;
}
