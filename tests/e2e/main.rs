//! End-to-end tests: each starts the real server on a random port with a fresh database and
//! talks to it over HTTP (or through Chromium) as a person would.

mod api;
mod audit;
mod browser;
mod content;
mod content_browser;
mod content_originality;
mod huddle;
mod ibps_browser;
mod learning;
mod learning_browser;
mod measures;
mod meetings;
mod meetings_browser;
mod p2p;
mod pages;
mod practices;
mod projects;
mod security;
mod tools;
