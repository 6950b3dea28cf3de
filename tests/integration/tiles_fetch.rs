//! The online layers' tile client against misbehaving servers on 127.0.0.1 (nothing else is
//! contacted): huge bodies, pages that are not images, redirects to other hosts.

use std::{
    io::{BufRead as _, BufReader, Write as _},
    net::{TcpListener, TcpStream},
};

use zhanaozen_atlas::tiles::{FetchError, TileClient, tls_config};

/// A 1×1 PNG.
fn png() -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbaImage::new(1, 1)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

/// Answers each request by its path, on a thread, for as long as the test runs.
fn server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream, port));
        }
    });
    port
}

fn answer(mut stream: TcpStream, port: u16) {
    let mut request = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    reader.read_line(&mut request).unwrap();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap() <= 2 {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let head = |status: &str, kind: &str, length: Option<usize>, extra: &str| {
        let length = length.map_or(String::new(), |n| format!("Content-Length: {n}\r\n"));
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{length}{extra}Connection: close\r\n\r\n"
        )
    };
    let _ = match path.as_str() {
        p if p.starts_with("/ok/") => {
            let body = png();
            stream
                .write_all(head("200 OK", "image/png", Some(body.len()), "").as_bytes())
                .and_then(|()| stream.write_all(&body))
        }
        "/huge-declared" => {
            stream.write_all(head("200 OK", "image/png", Some(50 << 20), "").as_bytes())
        }
        "/huge-streamed" => {
            // No length: the body just keeps coming, 50 MB of it.
            let chunk = vec![0u8; 1 << 16];
            stream
                .write_all(head("200 OK", "image/png", None, "").as_bytes())
                .and_then(|()| (0..800).try_for_each(|_| stream.write_all(&chunk)))
        }
        "/page" => stream
            .write_all((head("200 OK", "text/html", Some(13), "") + "<html></html>").as_bytes()),
        "/elsewhere" => stream.write_all(
            head(
                "302 Found",
                "text/plain",
                Some(0),
                &format!("Location: http://localhost:{port}/ok/1/2/3.png\r\n"),
            )
            .as_bytes(),
        ),
        "/same-host" => stream.write_all(
            head(
                "302 Found",
                "text/plain",
                Some(0),
                "Location: /ok/1/2/3.png\r\n",
            )
            .as_bytes(),
        ),
        _ => stream.write_all(head("404 Not Found", "text/plain", Some(0), "").as_bytes()),
    };
}

fn fetch(port: u16, path: &str) -> Result<Vec<u8>, FetchError> {
    TileClient::new(tls_config(), false)
        .unwrap()
        .fetch(&format!("http://127.0.0.1:{port}{path}"))
}

#[test]
fn a_tile_comes() {
    let port = server();
    assert_eq!(fetch(port, "/ok/1/2/3.png").unwrap(), png());
}

#[test]
fn huge_bodies_are_cut_off() {
    let port = server();
    assert_eq!(fetch(port, "/huge-declared"), Err(FetchError::TooLarge));
    assert_eq!(fetch(port, "/huge-streamed"), Err(FetchError::TooLarge));
}

#[test]
fn pages_that_are_not_images_are_refused() {
    let port = server();
    assert_eq!(
        fetch(port, "/page"),
        Err(FetchError::NotImage("text/html".into()))
    );
    assert_eq!(fetch(port, "/nothing"), Err(FetchError::Status(404)));
}

#[test]
fn redirects_stay_on_the_first_host() {
    let port = server();
    assert_eq!(fetch(port, "/same-host").unwrap(), png());
    assert_eq!(fetch(port, "/elsewhere"), Err(FetchError::Status(302)));
}
