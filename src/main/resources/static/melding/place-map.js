/*
 * The message card's map: a click (or "Merk midten av kartet", for the keyboard) marks the place, and the
 * point goes into the form's hidden placeLat/placeLon. Without this script, or without tiles, the card asks
 * for the place in words only.
 */
(function () {
  'use strict';
  var box = document.getElementById('placeMap');
  if (!box || typeof L === 'undefined') {
    return;
  }
  var element = document.getElementById('map');
  var lat = document.getElementById('placeLat');
  var lon = document.getElementById('placeLon');
  var status = document.getElementById('placeMap-status');
  box.hidden = false;

  var map = L.map(element, { keyboard: true, zoomControl: false })
    .setView([Number(element.dataset.lat), Number(element.dataset.lon)], Number(element.dataset.zoom));
  L.control.zoom({ zoomInTitle: 'Zoom inn', zoomOutTitle: 'Zoom ut' }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  var marker = null;

  function mark(point) {
    if (marker) {
      marker.setLatLng(point);
    } else {
      marker = L.marker(point, { alt: 'Merket sted', keyboard: false }).addTo(map);
    }
    lat.value = point.lat.toFixed(6);
    lon.value = point.lng.toFixed(6);
    status.textContent = 'Stedet er merket (' + point.lat.toFixed(5) + ', ' + point.lng.toFixed(5) + ').';
  }

  function clear() {
    if (marker) {
      map.removeLayer(marker);
      marker = null;
    }
    lat.value = '';
    lon.value = '';
    status.textContent = 'Ingen punkt er merket.';
  }

  map.on('click', function (event) { mark(event.latlng); });
  document.getElementById('placeMap-centre').addEventListener('click', function () { mark(map.getCenter()); });
  document.getElementById('placeMap-clear').addEventListener('click', clear);
  var here = document.getElementById('placeMap-here');
  if (!navigator.geolocation) {
    here.hidden = true;
  }
  here.addEventListener('click', function () {
    status.textContent = 'Finner posisjonen din …';
    navigator.geolocation.getCurrentPosition(function (position) {
      var point = L.latLng(position.coords.latitude, position.coords.longitude);
      map.setView(point, 17);
      mark(point);
    }, function () {
      status.textContent = 'Vi fant ikke posisjonen din. Trykk i kartet i stedet.';
    });
  });

  // A card sent back with an error keeps the point the citizen marked.
  if (lat.value && lon.value && !isNaN(Number(lat.value)) && !isNaN(Number(lon.value))) {
    var marked = L.latLng(Number(lat.value), Number(lon.value));
    map.setView(marked, 16);
    mark(marked);
  }
})();
