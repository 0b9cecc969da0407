//! End-to-end tests: each starts the real server on a random port with a fresh database and
//! talks to it over HTTP (or through Chromium) as a person would.

mod access_matrix;
mod api;
mod attacks;
mod audit;
mod browser;
mod content;
mod content_browser;
mod content_originality;
mod huddle;
mod ibps_browser;
mod images;
mod language;
mod language_more;
mod learning;
mod learning_browser;
mod limits;
mod measures;
mod meetings;
mod meetings_browser;
mod next_steps;
mod p2p;
mod pages;
mod practices;
mod projects;
mod pwa_browser;
mod roster_import;
mod security;
mod tools;
