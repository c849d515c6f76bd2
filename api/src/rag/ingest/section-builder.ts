import type { ParsedSection } from './parsed-document.js';

/** Collects paragraphs under the current heading into sections: each heading starts a new section. */
export class SectionBuilder {
  readonly sections: ParsedSection[] = [];
  private heading: string | undefined;
  private paragraphs: string[] = [];

  startSection(heading: string): void {
    this.flush();
    this.heading = heading;
    this.paragraphs.push(heading);
  }

  addParagraph(text: string): void {
    const clean = text.trim();
    if (clean) this.paragraphs.push(clean);
  }

  /** True when some section or pending paragraph holds text beyond headings. */
  hasBody(): boolean {
    return this.sections.some((s) => s.text !== s.heading) || this.paragraphs.some((p) => p !== this.heading);
  }

  finish(): ParsedSection[] {
    this.flush();
    return this.sections;
  }

  private flush(): void {
    if (this.paragraphs.length) {
      this.sections.push({ text: this.paragraphs.join('\n\n'), ...(this.heading ? { heading: this.heading } : {}) });
    }
    this.paragraphs = [];
  }
}
