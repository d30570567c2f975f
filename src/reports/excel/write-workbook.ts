// Writing a workbook from its sheets laid out as tables (pack-sheets.ts, sheet-table.ts): the CPU
// part of an Excel export, so the server runs it on its render worker (render/off-thread).
import ExcelJS from 'exceljs';
import { addTableSheet, type PrintTitle, type SheetTable } from './sheet-table.js';

/** A workbook as plain data (so it can cross to a worker): its title and its sheets. */
export interface WorkbookPlan {
  title: string;
  printTitle: PrintTitle;
  tables: SheetTable[];
}

/** exceljs builds every cell and style and zips the lot. */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Golden Thread';
  book.title = plan.title;
  for (const table of plan.tables) addTableSheet(book, table, plan.printTitle);
  return Buffer.from(await book.xlsx.writeBuffer());
}
