//! Pagination shared by every list, in pages and in the API.

use serde::Serialize;

/// A request for one page of a list: 1-based page number and page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub const DEFAULT_PER_PAGE: u32 = 25;
    pub const MAX_PER_PAGE: u32 = 200;

    /// Builds a request from untrusted numbers: missing or zero means the first page, and the
    /// page size is clamped so nobody can ask for the whole organisation at once.
    pub fn new(page: Option<u32>, per_page: Option<u32>) -> PageRequest {
        let per_page = per_page
            .unwrap_or(Self::DEFAULT_PER_PAGE)
            .clamp(1, Self::MAX_PER_PAGE);
        PageRequest {
            page: page.unwrap_or(1).clamp(1, 1_000_000),
            per_page,
        }
    }

    pub fn offset(self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }

    pub fn limit(self) -> i64 {
        i64::from(self.per_page)
    }
}

/// One page of results with what is needed to draw the pager.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    pub total: i64,
}

impl<T> Page<T> {
    pub fn new(items: Vec<T>, request: PageRequest, total: i64) -> Page<T> {
        Page {
            items,
            page: request.page,
            per_page: request.per_page,
            total,
        }
    }

    pub fn page_count(&self) -> u32 {
        let per_page = i64::from(self.per_page.max(1));
        ((self.total + per_page - 1) / per_page).max(1) as u32
    }

    pub fn has_previous(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.page_count()
    }

    pub fn first_index(&self) -> i64 {
        if self.items.is_empty() {
            0
        } else {
            i64::from(self.page - 1) * i64::from(self.per_page) + 1
        }
    }

    pub fn last_index(&self) -> i64 {
        if self.items.is_empty() {
            0
        } else {
            self.first_index() + self.items.len() as i64 - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_size_is_clamped_and_page_starts_at_one() {
        let request = PageRequest::new(Some(0), Some(10_000));
        assert_eq!(request.page, 1);
        assert_eq!(request.per_page, PageRequest::MAX_PER_PAGE);
        assert_eq!(request.offset(), 0);
    }

    #[test]
    fn page_count_rounds_up_and_is_never_zero() {
        let request = PageRequest::new(Some(2), Some(25));
        let page = Page::new(vec![1; 25], request, 51);
        assert_eq!(page.page_count(), 3);
        assert!(page.has_previous());
        assert!(page.has_next());
        assert_eq!(page.first_index(), 26);
        assert_eq!(page.last_index(), 50);
        let empty: Page<i32> = Page::new(vec![], PageRequest::new(None, None), 0);
        assert_eq!(empty.page_count(), 1);
        assert!(!empty.has_next());
        assert_eq!(empty.first_index(), 0);
    }
}
