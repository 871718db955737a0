// Real images for the Expert logo (the mock decodes them: a PNG or JPEG of 350×350 to 1000×1000 px).
const { PNG } = require('pngjs');
const jpeg = require('jpeg-js');

function pixels(width, height) {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) { data[i] = 10; data[i + 1] = 120; data[i + 2] = 200; data[i + 3] = 255; }
  return data;
}

/** A one-colour PNG file. */
exports.png = (width, height) => {
  const image = new PNG({ width, height });
  pixels(width, height).copy(image.data);
  return PNG.sync.write(image);
};

/** A one-colour JPEG file. */
exports.jpeg = (width, height) => jpeg.encode({ data: pixels(width, height), width, height }, 80).data;
