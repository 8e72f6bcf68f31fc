//! The webcam, for scanning cards during a recovery. WebKitGTK keeps `getUserMedia` off
//! unless the app turns it on, and refuses every permission request nobody answers; the app
//! answers them here. Video capture and the list of cameras (so the person can pick one) are
//! granted; the microphone, location, notifications and anything else are refused, because
//! Heirloom never needs them and a compromised page should not get them either.

/// What the app says to a permission request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Grant it.
    Allow,
    /// Refuse it.
    Deny,
}

/// The one rule, kept apart from WebKit's types so it can be tested anywhere: a camera
/// without a microphone, or the device list, is allowed; nothing else is.
pub fn decide(video: bool, audio: bool, device_list: bool) -> Answer {
    if device_list || (video && !audio) {
        Answer::Allow
    } else {
        Answer::Deny
    }
}

/// Turns on media capture in the window's WebKitGTK view and installs the answer to its
/// permission requests.
#[cfg(target_os = "linux")]
pub fn enable(window: &tauri::WebviewWindow<tauri::Wry>) {
    use webkit2gtk::{
        glib::Cast, DeviceInfoPermissionRequest, PermissionRequest, PermissionRequestExt,
        SettingsExt, UserMediaPermissionRequest, UserMediaPermissionRequestExt, WebViewExt,
    };
    let result = window.with_webview(|platform| {
        let view = platform.inner();
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_enable_media_stream(true);
            // The live preview is a muted <video>; it should play without a click.
            settings.set_media_playback_requires_user_gesture(false);
        }
        view.connect_permission_request(|_, request: &PermissionRequest| {
            let answer = match request.downcast_ref::<UserMediaPermissionRequest>() {
                Some(media) => decide(
                    media.is_for_video_device(),
                    media.is_for_audio_device(),
                    false,
                ),
                None => decide(
                    false,
                    false,
                    request
                        .downcast_ref::<DeviceInfoPermissionRequest>()
                        .is_some(),
                ),
            };
            match answer {
                Answer::Allow => request.allow(),
                Answer::Deny => request.deny(),
            }
            true
        });
    });
    if result.is_err() {
        eprintln!("Heirloom: the camera could not be enabled; cards can still be opened or typed");
    }
}

/// Other platforms' webviews ask the operating system, which asks the person.
#[cfg(not(target_os = "linux"))]
pub fn enable(_window: &tauri::WebviewWindow<tauri::Wry>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_camera_and_its_list_are_granted() {
        assert_eq!(decide(true, false, false), Answer::Allow);
        assert_eq!(decide(false, false, true), Answer::Allow);
        assert_eq!(
            decide(true, true, false),
            Answer::Deny,
            "camera with microphone"
        );
        assert_eq!(decide(false, true, false), Answer::Deny, "microphone");
        assert_eq!(decide(false, false, false), Answer::Deny, "anything else");
    }
}
