//! What the XML formats (GPX, KML) share: reading the document with the line and column of every
//! element (roxmltree), and the small lookups their readers make.

use roxmltree::{Document, Node};

use super::{LoadError, Location};

/// Reads `text` as XML; an error names the line and column where it stops being well-formed.
pub fn document<'a>(file: &str, text: &'a str) -> Result<Document<'a>, LoadError> {
    Document::parse(text).map_err(|e| {
        let pos = e.pos();
        LoadError::single(
            file,
            Location::LineColumn {
                line: pos.row as usize,
                column: pos.col as usize,
            },
            format!("not well-formed XML: {e}"),
        )
    })
}

/// The document's root element, if it is `<name>`; else an error at it saying what `format`
/// files start with.
pub fn root<'a, 'input>(
    file: &str,
    doc: &'a Document<'input>,
    name: &str,
    format: &str,
) -> Result<Node<'a, 'input>, LoadError> {
    let root = doc.root_element();
    if root.tag_name().name() == name {
        return Ok(root);
    }
    Err(LoadError::single(
        file,
        at(doc, root),
        format!(
            "the document is <{}>, not {format}: a {format} file's root element is <{name}>",
            crate::text::printable(root.tag_name().name())
        ),
    ))
}

/// `node`'s descendants (itself included) that are elements named `name`.
pub fn descendants<'a, 'input>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

/// `node`'s child elements named `name` (in any namespace: files differ in how they declare it).
pub fn children<'a, 'input>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

/// The trimmed text of `node`'s first child element named `name`, if it has any.
pub fn child_text(node: Node, name: &str) -> Option<String> {
    children(node, name)
        .next()
        .and_then(|n| n.text())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// Where `node` starts in the file, as an editor counts lines and columns.
pub fn at(doc: &Document, node: Node) -> Location {
    let pos = doc.text_pos_at(node.range().start);
    Location::LineColumn {
        line: pos.row as usize,
        column: pos.col as usize,
    }
}
