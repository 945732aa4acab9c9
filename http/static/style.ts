/**
 * The page's one stylesheet, served at /static/style.css from our own package (no CDN). Kept in a
 * module so the compiled package carries it. Contrast: text #1a1a1a on white, links #0b4f9c (AA).
 */
export const STYLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans KR",sans-serif;overflow-wrap:break-word;color:#1a1a1a;background:#fff}
header{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;padding:.5rem 1rem;background:#102a43;color:#fff}
header a{color:#fff}.brand{font-weight:700;text-decoration:none;font-size:1.2rem}
nav{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;flex:1}nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0;flex:1}
nav a[aria-current=page]{text-decoration:underline;text-decoration-thickness:3px}
.signout{display:flex;gap:.5rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem}
a{color:#0b4f9c}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0b400;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6}.num{text-align:right;font-variant-numeric:tabular-nums}
td time{white-space:nowrap}.wide{overflow-x:auto}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.stack{display:flex;flex-direction:column;gap:.4rem;max-width:48rem;margin:1rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
input,select,textarea,button{font:inherit;padding:.35rem .5rem;border:1px solid #555;border-radius:3px}
textarea{font-family:ui-monospace,monospace;width:100%}
button{background:#0b4f9c;color:#fff;border-color:#0b4f9c;cursor:pointer;align-self:flex-start}
header button{background:#fff;color:#102a43}
fieldset{border:1px solid #999}label.inline{margin-right:1rem}
.error{background:#fde8e8;border-left:4px solid #b00020;padding:.5rem .75rem;color:#5c0011}
.ok{background:#e6f4ea;border-left:4px solid #1e7e34;padding:.5rem .75rem}
.small{font-size:.875rem;color:#444}
.live-error{display:block;color:#8a0019;font-size:.875rem;font-weight:600}
.band-match{font-weight:600;color:#8a0019}.band-possible{color:#7a4100}
dl.record,dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
.outcome{font-size:1.25rem;padding:.5rem .75rem;border-left:6px solid #555}
.outcome-prohibited{border-color:#b00020;background:#fde8e8}.outcome-review{border-color:#b35c00;background:#fff4e5}
.outcome-conditional{border-color:#0b4f9c;background:#e8f0fb}.outcome-permitted{border-color:#1e7e34;background:#e6f4ea}
.memo{border:1px solid #ccc;padding:1rem;margin:1rem 0}
.tx pre{background:#f5f5f5;padding:.5rem;max-height:20rem;overflow:auto}
.history code,pre{white-space:pre-wrap;word-break:break-word;font-size:.85rem}
.chart{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0b4f9c;padding:.5rem}.skip:focus{left:.5rem;z-index:1}
.pager{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:.5rem 0 1rem}
.actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}.actions form{border:1px solid #ccc;padding:.75rem;margin:0}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;background:#eef2f6;border:1px solid #9aa5b1}
.key{font-family:ui-monospace,monospace;font-size:1.1rem;background:#fff4e5;padding:.5rem;word-break:break-all}
.goods-line{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.4rem;border:1px solid #ccc;padding:.5rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.4rem 1rem}.grid label,.goods-line label{display:flex;flex-direction:column;gap:.2rem}
.grid input,.grid select,.goods-line input,.goods-line select{width:100%;min-width:0}
.summary td,.summary th{padding:.25rem .5rem}.sig{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:2rem;margin-top:2rem}.sig div{border-top:1px solid #000;padding-top:.25rem}
@media (max-width:40rem){table.stack-sm thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.stack-sm tr{display:block;border-bottom:2px solid #ccc;padding:.25rem 0}
 table.stack-sm td{display:flex;gap:.5rem;border:0;padding:.1rem .25rem}table.stack-sm td::before{content:attr(data-label);font-weight:600;min-width:7rem}
 main{padding:.5rem}header{gap:.5rem}td,th,dd,li,p{overflow-wrap:anywhere}nav ul{flex-wrap:wrap;gap:.5rem}.filters{flex-direction:column;align-items:stretch}}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media print{header,.noprint,nav,form{display:none!important}.tx pre{max-height:none;overflow:visible;background:none}main{max-width:none;padding:0}.memo{border:0;page-break-after:always}
 body{font-size:10pt;line-height:1.35}a{color:#000}
 .memo h2{margin:0 0 .3rem}.memo h3{margin:.6rem 0 .2rem;font-size:11pt}.memo table{margin:.2rem 0}.memo p{margin:.25rem 0}
 .tx pre{font-size:7.5pt;line-height:1.2;column-count:2;column-gap:1.5rem;padding:0;margin:0}.legend{font-size:7.5pt}
 .sig{break-inside:avoid;margin-top:1rem}tr{break-inside:avoid}}
@page{size:A4;margin:14mm 12mm}
`;
