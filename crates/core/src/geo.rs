//! A place on the map, shared by the engine (a shared location), the networks (their circles)
//! and the offers (distance).

use serde::{Deserialize, Serialize};

/// A place on the map, in degrees (WGS 84). Always finite and in range: the constructor checks.
/// The fields are private and a stored point goes through the same check, so a distance is
/// always a number.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawPoint")]
pub struct GeoPoint {
    lat: f64,
    lon: f64,
}

/// The serialised shape, checked on the way in.
#[derive(Deserialize)]
struct RawPoint {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawPoint> for GeoPoint {
    type Error = String;

    fn try_from(p: RawPoint) -> Result<GeoPoint, String> {
        GeoPoint::new(p.lat, p.lon)
            .ok_or_else(|| format!("{}, {} is not a place on Earth", p.lat, p.lon))
    }
}

impl GeoPoint {
    /// `None` for coordinates that cannot be on Earth (or NaN), so a distance is always a number.
    pub fn new(lat: f64, lon: f64) -> Option<GeoPoint> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(GeoPoint { lat, lon })
    }

    /// Latitude in degrees, -90..=90.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude in degrees, -180..=180.
    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// Great-circle distance in kilometres (haversine): accurate to metres at city scale, which
    /// is all ranking needs.
    pub fn km_to(&self, other: &GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (la1, la2) = (self.lat.to_radians(), other.lat.to_radians());
        let dla = la2 - la1;
        let dlo = (other.lon - self.lon).to_radians();
        let a = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_point_is_checked_like_a_new_one() {
        let ok: GeoPoint = serde_json::from_str(r#"{"lat":51.25,"lon":7.15}"#).expect("valid");
        assert_eq!((ok.lat(), ok.lon()), (51.25, 7.15));
        assert!(serde_json::from_str::<GeoPoint>(r#"{"lat":91.0,"lon":0.0}"#).is_err());
    }
}
