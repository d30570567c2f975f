// The open-data page's stylesheet. Below 45rem the table reflows into one block per figure, each
// cell led by its column's name, so a phone at 320 CSS pixels shows every column without sideways
// scrolling (WCAG 1.4.10). The names are generated text with empty alternative text (`/ ""`), so a
// screen reader, which already announces the column header, does not hear them twice; the table
// carries explicit roles because some browsers drop table semantics once `display` changes. An
// empty cell (no commentary) is left out of the stack rather than shown as a bare name.
export const OPEN_DATA_CSS = `
body{font-family:Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}
header,main,footer{padding:1rem 2rem;box-sizing:border-box;overflow-wrap:break-word}
main,footer{max-width:80rem}
header{border-bottom:4px solid #0b4f9c}header p{margin:0;font-weight:bold}
h1{margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
a{color:#0b4f9c}
a:focus,a:hover,select:focus,button:focus,.table-wrap:focus{outline:3px solid #1b1b1b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.2rem}
.licence{border-left:4px solid #0b4f9c;padding:.2rem 0 .2rem .8rem}
form{margin:1rem 0}label{font-weight:bold;display:block}.hint{margin:.2rem 0;color:#3b3b3b}
.error{color:#a4262c;margin:.2rem 0}
.picker{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.3rem}
select{font:inherit;padding:.3rem;border:2px solid #1b1b1b;background:#fff;color:#1b1b1b;max-width:100%;min-width:12rem}
select[aria-invalid=true]{border-color:#a4262c}
button{font:inherit;padding:.3rem 1rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
.downloads{padding-left:1.2rem}.downloads li{margin:.2rem 0}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #6b6b6b;padding:.4rem;text-align:left;vertical-align:top}
thead th{background:#e8e8e8}
.nowrap{white-space:nowrap}
.restated{display:inline-block;margin-left:.3rem;padding:0 .3rem;border:1px solid #6b4500;color:#6b4500;font-size:.85em;font-weight:bold}
caption{text-align:left;font-weight:bold;padding:.5rem 0}
h3{font-size:1.05rem;margin:1.5rem 0 .4rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:45rem){
header,main,footer{padding:1rem}
table,tbody,tr,th,td,caption:not(.visually-hidden){display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
tbody tr{border:1px solid #6b6b6b;margin-bottom:.75rem}
tbody th,tbody td{border:0;border-top:1px solid #d8d8d8}
tbody th{border-top:0;background:#f0f0f0}
.nowrap{white-space:normal}
td[data-label]:empty{display:none}
[data-label]::before{content:attr(data-label) ": ";content:attr(data-label) ": " / "";font-weight:bold}
}
@media (forced-colors:active){.restated{border-color:CanvasText;color:CanvasText}}
`;
