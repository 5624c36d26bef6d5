export const CJK = /[\u4e00-\u9fff]/;
