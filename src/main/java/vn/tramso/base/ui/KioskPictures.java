package vn.tramso.base.ui;

import com.vaadin.flow.component.html.Image;
import vn.tramso.base.KioskAssets;

/** A kiosk picture as an image that keeps its place on the screen before its file arrives. */
public final class KioskPictures {

    private KioskPictures() {
    }

    public static Image image(KioskAssets.Picture picture, String alt) {
        Image image = new Image(picture.src(), alt);
        if (picture.width() > 0 && picture.height() > 0) { // the style sheet scales it; these give its proportions
            image.getElement().setAttribute("width", String.valueOf(picture.width()));
            image.getElement().setAttribute("height", String.valueOf(picture.height()));
        }
        return image;
    }
}
