import { describe, expect, it } from 'vitest';
import { filenameOf } from './download-file.js';

describe("the downloaded file's name", () => {
  it('is the name the server gave, quoted or not', () => {
    expect(filenameOf('attachment; filename="quarterly-2025-26-q2.docx"')).toBe(
      'quarterly-2025-26-q2.docx',
    );
    expect(filenameOf('attachment; filename=dashboard-2025-10.pdf')).toBe('dashboard-2025-10.pdf');
    expect(filenameOf("attachment; filename*=UTF-8''annual-2025-26.pdf")).toBe(
      'annual-2025-26.pdf',
    );
  });

  it('is null without one, or when it is a path', () => {
    expect(filenameOf(null)).toBeNull();
    expect(filenameOf('attachment')).toBeNull();
    expect(filenameOf('attachment; filename="../../evil.docx"')).toBeNull();
  });
});
