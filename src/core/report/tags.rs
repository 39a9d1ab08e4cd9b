//! The report's structure for a screen reader (a tagged PDF): headings, paragraphs and tables
//! in reading order, each holding the marked text it is made of; the coloured boxes are
//! artifacts, which a screen reader skips. Without it a reader guesses the order from the
//! page, and reads a table's cells as one run of numbers.

use pdf_writer::types::{StructRole, TableHeaderScope};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Finish, Pdf, Ref, TextStr};

/// A structure element: its role and, in reading order, its parts.
struct Element {
    role: StructRole,
    /// A header cell's: whether it heads its row or its column.
    scope: Option<TableHeaderScope>,
    /// What a screen reader says for the element in place of its text (ActualText).
    says: Option<String>,
    kids: Vec<Kid>,
}

enum Kid {
    Element(usize),
    /// A marked run of text: the page it is on and its number there (MCID).
    Text {
        page: usize,
        mcid: i32,
    },
}

/// The structure built while the pages are written.
#[derive(Default)]
pub(super) struct Tags {
    elements: Vec<Element>,
    /// The elements directly under the document, in order.
    top: Vec<usize>,
    /// The elements begun and not yet ended, innermost last.
    open: Vec<usize>,
    /// The next MCID of each page.
    next_mcid: Vec<i32>,
}

impl Tags {
    pub(super) fn begin(&mut self, role: StructRole) {
        self.begin_with(role, None, None);
    }

    /// Begins a table's header cell, heading its row or its column.
    pub(super) fn begin_header(&mut self, scope: TableHeaderScope) {
        self.begin_with(StructRole::TH, Some(scope), None);
    }

    /// Begins an element a screen reader reads as `says` rather than as its text (the whole
    /// of a text the page shows cut short).
    pub(super) fn begin_saying(&mut self, role: StructRole, says: String) {
        self.begin_with(role, None, Some(says));
    }

    fn begin_with(
        &mut self,
        role: StructRole,
        scope: Option<TableHeaderScope>,
        says: Option<String>,
    ) {
        let id = self.elements.len();
        self.elements.push(Element {
            role,
            scope,
            says,
            kids: Vec::new(),
        });
        match self.open.last() {
            Some(&parent) => self.elements[parent].kids.push(Kid::Element(id)),
            None => self.top.push(id),
        }
        self.open.push(id);
    }

    pub(super) fn end(&mut self) {
        self.open.pop();
    }

    /// Whether some element is begun and not ended (text then belongs to it).
    pub(super) fn is_open(&self) -> bool {
        !self.open.is_empty()
    }

    /// The MCID for a run of text on `page`, made part of the innermost open element.
    pub(super) fn text(&mut self, page: usize) -> i32 {
        if self.next_mcid.len() <= page {
            self.next_mcid.resize(page + 1, 0);
        }
        let mcid = self.next_mcid[page];
        self.next_mcid[page] += 1;
        let owner = *self.open.last().expect("text inside an element");
        self.elements[owner].kids.push(Kid::Text { page, mcid });
        mcid
    }

    /// Writes the structure tree (reserving its objects' numbers from `next`) for the pages
    /// `pages`, whose `StructParents` key is their index; returns the tree's root.
    pub(super) fn write(&self, pdf: &mut Pdf, next: &mut Ref, pages: &[Ref]) -> Ref {
        let root = next.bump();
        let document = next.bump();
        let refs: Vec<Ref> = self.elements.iter().map(|_| next.bump()).collect();
        let mut parent = vec![document; self.elements.len()];
        // Which element each page's MCIDs belong to: the page's entry in the parent tree.
        let mut owners: Vec<Vec<Ref>> = vec![Vec::new(); pages.len()];
        for (id, element) in self.elements.iter().enumerate() {
            for kid in &element.kids {
                match *kid {
                    Kid::Element(k) => parent[k] = refs[id],
                    Kid::Text { page, mcid } => {
                        let on_page = &mut owners[page];
                        let at = mcid as usize;
                        if on_page.len() <= at {
                            on_page.resize(at + 1, refs[id]);
                        }
                        on_page[at] = refs[id];
                    }
                }
            }
        }

        let mut tree = pdf.indirect(root).start::<StructTreeRoot>();
        tree.child(document)
            .parent_tree_next_key(pages.len() as i32);
        let arrays: Vec<Ref> = pages.iter().map(|_| next.bump()).collect();
        let mut parents = tree.parent_tree();
        let mut nums = parents.nums();
        for (key, array) in arrays.iter().enumerate() {
            nums.insert(key as i32, *array);
        }
        nums.finish();
        parents.finish();
        tree.finish();
        for (array, on_page) in arrays.iter().zip(&owners) {
            pdf.indirect(*array).array().items(on_page.iter().copied());
        }

        let mut doc = pdf.struct_element(document);
        doc.kind(StructRole::Document).parent(root);
        let mut kids = doc.children();
        for &k in &self.top {
            kids.struct_element(refs[k]);
        }
        kids.finish();
        doc.finish();
        for (id, element) in self.elements.iter().enumerate() {
            let mut e = pdf.struct_element(refs[id]);
            e.kind(element.role).parent(parent[id]);
            if let Some(scope) = element.scope {
                e.attributes().push().table().scope(scope);
            }
            if let Some(says) = &element.says {
                e.actual_text(TextStr(says));
            }
            let mut kids = e.children();
            for kid in &element.kids {
                match *kid {
                    Kid::Element(k) => {
                        kids.struct_element(refs[k]);
                    }
                    Kid::Text { page, mcid } => {
                        kids.marked_content_ref()
                            .page(pages[page])
                            .marked_content_id(mcid);
                    }
                }
            }
        }
        root
    }
}
