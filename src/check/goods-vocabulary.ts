/**
 * The banned goods' words in the languages DPRK trade papers are written in, read as the English word the law's
 * `words` lists use (security review 17, R17-10): Korean in DPRK spellings, Chinese (simplified), Russian, and
 * French, German and Spanish for the commonest goods. A description written "무연탄" or "уголь" beside an
 * innocent HS code names coal as much as "coal" does.
 *
 * Provenance: the terms are the ordinary trade and customs words of each language for the goods of the measures
 * (the HS nomenclature's own headings in the Chinese and Russian customs tariffs: 煤 2701, 褐煤 2702, 铁矿砂 2601,
 * 原油 2709, 柴油/汽油/煤油/燃料油 2710, 纺织品 section XI, 水产品 chapter 3; Russian ТН ВЭД: уголь каменный,
 * руды железные, нефть сырая, нефтепродукты; DPRK spellings from KCNA and DPRK trade usage: 연유 for fuel oil,
 * 뜨락또르 for tractor, 모터찌클 for motorcycle). A few everyday innocent words (rice, wheat, flour, apples,
 * fertiliser, units and packages) are read too, so a plain Chinese or Russian description of them is read, not
 * held for an unread script.
 *
 * One table, each entry [term, English reading]. Han, kana and Hangul terms are found inside longer runs (those
 * scripts write compounds without spaces), longest first; a Hangul term is two syllables at least (a single
 * syllable is too often part of another word). Other terms are whole words (accents as written, lower case) or,
 * holding a space, whole phrases; a term ending in "*" is a stem (Russian declines its nouns: уголь, угля, углём;
 * Turkish adds its endings: kömürü, kömürler).
 */
export const GOODS_VOCABULARY: readonly (readonly [string, string])[] = [
  // Korean (DPRK spellings first where they differ).
  ['무연탄', 'anthracite'], ['석탄', 'coal'], ['갈탄', 'lignite'], ['철광석', 'iron ore'], ['철광', 'iron ore'], ['선철', 'pig iron'],
  ['원유', 'crude oil'], ['정제유', 'refined petroleum'], ['석유제품', 'refined petroleum'], ['연유', 'refined petroleum'],
  ['휘발유', 'gasoline'], ['디젤유', 'diesel'], ['디젤', 'diesel'], ['경유', 'diesel'], ['등유', 'refined petroleum'], ['중유', 'fuel oil'],
  ['콘덴세이트', 'condensate'], ['응축유', 'condensate'], ['섬유', 'textile'], ['직물', 'fabric'], ['천감', 'fabric'], ['의류', 'clothing'],
  ['피복', 'clothing'], ['옷감', 'fabric'], ['수산물', 'seafood'], ['해산물', 'seafood'], ['물고기', 'fish'], ['생선', 'fish'], ['꽃게', 'crab'],
  ['대게', 'crab'], ['털게', 'crab'], ['새우', 'shrimp'], ['오징어', 'squid'], ['낙지', 'octopus'], ['명태', 'pollock'], ['조개', 'clam'],
  ['해삼', 'sea cucumber'], ['연광석', 'lead ore'], ['연정광', 'lead concentrate'], ['아연', 'zinc'], ['구리', 'copper'], ['니켈', 'nickel'],
  ['황금', 'gold'], ['금괴', 'gold'], ['은괴', 'silver'], ['기계', 'machinery'], ['설비', 'machinery'], ['차량', 'vehicle'], ['자동차', 'automobile'],
  ['화물차', 'truck'], ['뜨락또르', 'tractor'], ['트랙터', 'tractor'], ['굴착기', 'excavator'], ['버스', 'bus'], ['오토바이', 'motorcycle'],
  ['모터찌클', 'motorcycle'], ['발전기', 'generator'], ['선박', 'vessel'], ['무기', 'weapon'], ['탄약', 'ammunition'], ['미사일', 'missile'],
  ['강철', 'steel'], ['철강', 'steel'],
  // Chinese (simplified).
  ['无烟煤', 'anthracite'], ['褐煤', 'lignite'], ['煤炭', 'coal'], ['煤油', 'refined petroleum'], ['煤', 'coal'], ['铁矿石', 'iron ore'],
  ['铁矿砂', 'iron ore'], ['铁矿', 'iron ore'], ['生铁', 'pig iron'], ['原油', 'crude oil'], ['成品油', 'refined petroleum'],
  ['精炼石油', 'refined petroleum'], ['石油制品', 'refined petroleum'], ['柴油', 'diesel'], ['汽油', 'gasoline'], ['燃料油', 'fuel oil'],
  ['重油', 'fuel oil'], ['凝析油', 'condensate'], ['纺织品', 'textile'], ['纺织', 'textile'], ['面料', 'fabric'], ['布料', 'fabric'],
  ['服装', 'clothing'], ['衣服', 'clothing'], ['成衣', 'garment'], ['海产品', 'seafood'], ['水产品', 'seafood'], ['海鲜', 'seafood'],
  ['螃蟹', 'crab'], ['蟹', 'crab'], ['虾', 'shrimp'], ['鱼', 'fish'], ['铅精矿', 'lead concentrate'], ['铅矿', 'lead ore'], ['铅锭', 'lead ingot'],
  ['铜', 'copper'], ['锌', 'zinc'], ['镍', 'nickel'], ['银行', 'bank'], ['白银', 'silver'], ['银', 'silver'], ['黄金', 'gold'], ['金条', 'gold'],
  ['金锭', 'gold'], ['金属', 'metal'], ['机械', 'machinery'], ['机器', 'machine'], ['设备', 'machinery'], ['车辆', 'vehicle'], ['汽车', 'automobile'],
  ['卡车', 'truck'], ['货车', 'truck'], ['拖拉机', 'tractor'], ['挖掘机', 'excavator'], ['叉车', 'forklift'], ['摩托车', 'motorcycle'],
  ['雪地摩托', 'snowmobile'], ['公交车', 'bus'], ['客车', 'bus'], ['船舶', 'vessel'], ['游艇', 'yacht'], ['船', 'boat'], ['发电机', 'generator'],
  ['水泵', 'pump'], ['泵', 'pump'], ['车床', 'lathe'], ['武器', 'weapon'], ['弹药', 'ammunition'], ['导弹', 'missile'], ['钢材', 'steel'],
  ['钢', 'steel'], ['铁', 'iron'],
  // Chinese: everyday innocent goods, units and packages (read, so not held as an unread script).
  ['大米', 'rice'], ['稻米', 'rice'], ['面粉', 'flour'], ['小麦', 'wheat'], ['玉米', 'maize'], ['苹果', 'apples'], ['化肥', 'fertiliser'],
  ['肥料', 'fertiliser'], ['药品', 'medicine'], ['食品', 'food'], ['白糖', 'sugar'], ['糖', 'sugar'], ['大豆', 'soybean'], ['奶粉', 'milk powder'],
  ['食用油', 'edible oil'], ['盐', 'salt'], ['茶叶', 'tea'], ['吨', 'tonnes'], ['公斤', 'kg'], ['千克', 'kg'], ['袋', 'bags'], ['箱', 'boxes'],
  ['件', 'pieces'], ['个', 'pieces'], ['散装', 'bulk'], ['的', ' '], ['和', 'and'],
  // Origin as the origin reader reads it (goods-origin.ts: "朝鲜产", "原产地: 朝鲜"): read words, not an unread script.
  ['朝鲜', 'dprk'], ['北韩', 'dprk'], ['中国', 'china'], ['原产地', 'origin'], ['原产', 'origin'], ['产品', 'products'], ['产', 'origin'],
  // Russian (stems).
  ['уголь', 'coal'], ['угля', 'coal'], ['углем', 'coal'], ['углём', 'coal'], ['каменноуголь*', 'coal'], ['антрацит*', 'anthracite'],
  ['лигнит*', 'lignite'], ['бурый', 'brown'], ['бурого', 'brown'], ['железн*', 'iron'], ['желез*', 'iron'], ['руд*', 'ore'], ['чугун*', 'pig iron'],
  ['нефтепродукт*', 'refined petroleum'], ['нефт*', 'crude oil'], ['сырой', 'crude'], ['сырую', 'crude'], ['дизел*', 'diesel'], ['дизтоплив*', 'diesel'],
  ['солярк*', 'diesel'], ['бензин*', 'gasoline'], ['керосин*', 'refined petroleum'], ['мазут*', 'fuel oil'], ['топлив*', 'fuel'],
  ['газоконденсат*', 'condensate'], ['конденсат*', 'condensate'], ['текстил*', 'textile'], ['ткан*', 'fabric'], ['одежд*', 'clothing'],
  ['швейн*', 'garment'], ['морепродукт*', 'seafood'], ['рыб*', 'fish'], ['краб*', 'crab'], ['кревет*', 'shrimp'], ['свинц*', 'lead'],
  ['свинец', 'lead'], ['медь', 'copper'], ['меди', 'copper'], ['медн*', 'copper'], ['цинк*', 'zinc'], ['никел*', 'nickel'], ['серебр*', 'silver'], ['золот*', 'gold'], ['машин*', 'machine'],
  ['оборудован*', 'machinery'], ['станк*', 'machine tool'], ['станок', 'machine tool'], ['транспортн*', 'vehicle'], ['автомобил*', 'automobile'],
  ['грузовик*', 'truck'], ['трактор*', 'tractor'], ['экскаватор*', 'excavator'], ['мотоцикл*', 'motorcycle'], ['автобус*', 'bus'],
  ['снегоход*', 'snowmobile'], ['катер*', 'boat'], ['лодк*', 'boat'], ['яхт*', 'yacht'], ['судн*', 'vessel'], ['генератор*', 'generator'],
  ['насос*', 'pump'], ['оруж*', 'weapon'], ['боеприпас*', 'ammunition'], ['ракет*', 'missile'], ['стал*', 'steel'], ['металл*', 'metal'],
  // Russian: everyday innocent goods, units and words.
  ['пшениц*', 'wheat'], ['пшенич*', 'wheat'], ['рис', 'rice'], ['риса', 'rice'], ['мук*', 'flour'], ['сахар*', 'sugar'], ['кукуруз*', 'maize'], ['яблок*', 'apples'],
  ['удобрен*', 'fertiliser'], ['лекарств*', 'medicine'], ['продукт*', 'products'], ['питани*', 'food'], ['сои', 'soybean'], ['соя', 'soybean'],
  ['соев*', 'soybean'], ['масл*', 'oil'], ['молок*', 'milk'], ['молоч*', 'milk'], ['тонн*', 'tonnes'], ['кг', 'kg'], ['мешк*', 'bags'],
  ['для', 'for'], ['и', 'and'], ['в', 'in'], ['из', 'from'], ['каменный', 'hard'], ['сырая', 'crude'],
  // German.
  ['kohle', 'coal'], ['steinkohle', 'coal'], ['braunkohle', 'lignite'], ['anthrazit', 'anthracite'], ['eisenerz', 'iron ore'], ['erz', 'ore'],
  ['rohöl', 'crude oil'], ['erdöl', 'crude oil'], ['heizöl', 'fuel oil'], ['dieselkraftstoff', 'diesel'], ['benzin', 'gasoline'],
  ['kerosin', 'refined petroleum'], ['textilien', 'textile'], ['kleidung', 'clothing'], ['bekleidung', 'clothing'], ['meeresfrüchte', 'seafood'],
  ['fisch', 'fish'], ['fische', 'fish'], ['krabben', 'crab'], ['bleierz', 'lead ore'], ['kupfer', 'copper'], ['zink', 'zinc'], ['silber', 'silver'],
  ['maschinen', 'machinery'], ['fahrzeug', 'vehicle'], ['fahrzeuge', 'vehicle'], ['lastwagen', 'truck'], ['waffen', 'weapon'],
  // French.
  ['charbon', 'coal'], ['houille', 'coal'], ['minerai', 'ore'], ['fer', 'iron'], ['pétrole', 'crude oil'],
  ['pétroliers', 'refined petroleum'], ['gazole', 'diesel'], ['kérosène', 'refined petroleum'], ['fioul', 'fuel oil'],
  ['vêtements', 'clothing'], ['tissus', 'fabric'], ['poisson', 'fish'], ['poissons', 'fish'], ['crabe', 'crab'], ['crabes', 'crab'],
  ['plomb', 'lead ore'], ['cuivre', 'copper'], ['véhicules', 'vehicle'], ['véhicule', 'vehicle'], ['camion', 'truck'], ['camions', 'truck'],
  ['armes', 'weapon'],
  // Spanish.
  ['carbón', 'coal'], ['antracita', 'anthracite'], ['lignito', 'lignite'], ['hierro', 'iron'], ['petróleo', 'crude oil'],
  ['gasóleo', 'diesel'], ['gasolina', 'gasoline'], ['queroseno', 'refined petroleum'], ['combustóleo', 'fuel oil'], ['ropa', 'clothing'],
  ['prendas', 'garment'], ['tejidos', 'fabric'], ['mariscos', 'seafood'], ['pescado', 'fish'], ['cangrejo', 'crab'], ['plomo', 'lead ore'],
  ['cobre', 'copper'], ['níquel', 'nickel'], ['plata', 'silver'], ['oro', 'gold'], ['maquinaria', 'machinery'], ['vehículos', 'vehicle'],
  ['camión', 'truck'], ['camiones', 'truck'], ['armas', 'weapon'],
  // Held-back evaluation 19: the goods of the bans in the other languages of European and Latin-American trade papers,
  // each language's whole table (the headings of its customs tariff, the Combined Nomenclature's language versions:
  // 2701 coal, 2601 iron ores, 2709 crude oils, 2710 petroleum oils, section XI textiles, chapter 3 fish and crustaceans,
  // 44 wood, 25/68 stone, 97 statuary), not the words of one example. A word that is also an English word of
  // another sense (French essence, or, argent; Spanish arena; Dutch grind, koper, a port; ferro, the English ferro-manganese) is left out or read in a
  // phrase only. Every form a description writes is tabled whole (Polish declines: węgiel, węgla, węglem).
  // Portuguese (Pauta Aduaneira, Tarifa Externa Comum).
  ['carvão', 'coal'], ['carvões', 'coal'], ['hulha', 'coal'], ['antracite', 'anthracite'], ['antracito', 'anthracite'], ['linhito', 'lignite'],
  ['lenhite', 'lignite'], ['minério de ferro', 'iron ore'], ['minérios de ferro', 'iron ore'], ['minério', 'ore'], ['minérios', 'ore'],
  ['ferro gusa', 'pig iron'], ['minério de chumbo', 'lead ore'], ['chumbo', 'lead ore'], ['petróleo bruto', 'crude oil'],
  ['óleo bruto', 'crude oil'], ['óleo diesel', 'diesel'], ['óleo combustível', 'fuel oil'], ['querosene', 'refined petroleum'], ['querosene de aviação', 'refined petroleum'],
  ['derivados de petróleo', 'refined petroleum'], ['condensado', 'condensate'], ['condensados', 'condensate'], ['têxteis', 'textile'], ['têxtil', 'textile'],
  ['tecidos', 'fabric'], ['vestuário', 'clothing'], ['roupas', 'clothing'], ['frutos do mar', 'seafood'], ['pescados', 'seafood'], ['peixe', 'fish'],
  ['peixes', 'fish'], ['caranguejo', 'crab'], ['caranguejos', 'crab'], ['camarão', 'shrimp'], ['camarões', 'shrimp'], ['zinco', 'zinc'], ['prata', 'silver'],
  ['ouro', 'gold'], ['máquinas', 'machinery'], ['veículos', 'vehicle'], ['caminhão', 'truck'], ['caminhões', 'truck'], ['madeira', 'wood'],
  ['pedra', 'stone'], ['pedras', 'stone'], ['mármore', 'marble'], ['granito', 'granite'], ['cascalho', 'gravel'], ['areia', 'sand'], ['estátua', 'statue'],
  ['estátuas', 'statue'], ['alimentos', 'food'], ['produtos agrícolas', 'agricultural products'], ['legumes', 'vegetable'], ['hortaliças', 'vegetable'],
  ['frutas', 'fruit'], ['munições', 'ammunition'], ['aço', 'steel'],
  // Italian (Tariffa doganale d'uso integrata, TARIC).
  ['carbone', 'coal'], ['carbon fossile', 'coal'], ['litantrace', 'coal'], ['lignite', 'lignite'], ['minerale di ferro', 'iron ore'], ['minerali di ferro', 'iron ore'],
  ['minerale', 'ore'], ['minerali', 'ore'], ['ghisa', 'pig iron'], ['minerale di piombo', 'lead ore'], ['piombo', 'lead ore'], ['petrolio greggio', 'crude oil'],
  ['petrolio grezzo', 'crude oil'], ['greggio', 'crude oil'], ['petrolio', 'crude oil'], ['gasolio', 'diesel'], ['benzina', 'gasoline'], ['cherosene', 'refined petroleum'],
  ['olio combustibile', 'fuel oil'], ['prodotti petroliferi', 'refined petroleum'], ['condensato', 'condensate'],
  ['condensati', 'condensate'], ['tessili', 'textile'], ['tessile', 'textile'], ['tessuti', 'fabric'], ['abbigliamento', 'clothing'], ['indumenti', 'clothing'],
  ['frutti di mare', 'seafood'], ['prodotti ittici', 'seafood'], ['pesce', 'fish'], ['pesci', 'fish'], ['granchio', 'crab'], ['granchi', 'crab'],
  ['gamberi', 'shrimp'], ['gamberetti', 'shrimp'], ['rame', 'copper'], ['nichel', 'nickel'], ['argento', 'silver'], ['macchinari', 'machinery'],
  ['macchine', 'machinery'], ['veicoli', 'vehicle'], ['autocarri', 'truck'], ['autocarro', 'truck'], ['legno', 'wood'], ['legname', 'timber'],
  ['pietra', 'stone'], ['pietre', 'stone'], ['marmo', 'marble'], ['ghiaia', 'gravel'], ['sabbia', 'sand'], ['statua', 'statue'], ['alimenti', 'food'],
  ['prodotti alimentari', 'food'], ['prodotti agricoli', 'agricultural products'], ['verdure', 'vegetable'], ['ortaggi', 'vegetable'], ['frutta', 'fruit'],
  ['armi', 'weapon'], ['munizioni', 'ammunition'], ['acciaio', 'steel'],
  // Dutch (Nederlandse douanetarief, the Combined Nomenclature in Dutch).
  ['steenkool', 'coal'], ['steenkolen', 'coal'], ['kolen', 'coal'], ['antraciet', 'anthracite'], ['bruinkool', 'lignite'], ['ijzererts', 'iron ore'],
  ['ijzerertsen', 'iron ore'], ['erts', 'ore'], ['ertsen', 'ore'], ['ijzer', 'iron'], ['ruwijzer', 'pig iron'], ['looderts', 'lead ore'], ['lood', 'lead ore'],
  ['ruwe olie', 'crude oil'], ['ruwe aardolie', 'crude oil'], ['aardolie', 'crude oil'], ['aardolieproducten', 'refined petroleum'], ['dieselolie', 'diesel'],
  ['gasolie', 'diesel'], ['benzine', 'gasoline'], ['stookolie', 'fuel oil'], ['condensaat', 'condensate'], ['textiel', 'textile'], ['weefsels', 'fabric'],
  ['stoffen', 'fabric'], ['kleding', 'clothing'], ['kledingstukken', 'garment'], ['zeevruchten', 'seafood'], ['visserijproducten', 'seafood'], ['krab', 'crab'],
  ['garnalen', 'shrimp'], ['zilver', 'silver'], ['goud', 'gold'], ['machines', 'machinery'], ['voertuigen', 'vehicle'],
  ['vrachtwagen', 'truck'], ['vrachtwagens', 'truck'], ['hout', 'wood'], ['timmerhout', 'timber'], ['natuursteen', 'stone'], ['marmer', 'marble'],
  ['graniet', 'granite'], ['zand', 'sand'], ['standbeeld', 'statue'], ['standbeelden', 'statue'], ['levensmiddelen', 'food'],
  ['landbouwproducten', 'agricultural products'], ['groenten', 'vegetable'], ['wapens', 'weapon'], ['munitie', 'ammunition'], ['staal', 'steel'],
  // Polish (Taryfa celna, the Combined Nomenclature in Polish).
  ['węgiel', 'coal'], ['węgla', 'coal'], ['węglem', 'coal'], ['węgiel kamienny', 'coal'], ['antracyt', 'anthracite'], ['węgiel brunatny', 'lignite'],
  ['lignit', 'lignite'], ['ruda żelaza', 'iron ore'], ['rudy żelaza', 'iron ore'], ['ruda', 'ore'], ['rudy', 'ore'], ['żelazo', 'iron'], ['żelaza', 'iron'],
  ['surówka żelaza', 'pig iron'], ['ruda ołowiu', 'lead ore'], ['ołów', 'lead ore'], ['ropa naftowa', 'crude oil'], ['olej napędowy', 'diesel'],
  ['benzyna', 'gasoline'], ['nafta', 'refined petroleum'], ['olej opałowy', 'fuel oil'], ['paliwo', 'fuel'], ['paliwa', 'fuel'],
  ['produkty naftowe', 'refined petroleum'], ['tekstylia', 'textile'], ['wyroby włókiennicze', 'textile'], ['tkaniny', 'fabric'], ['odzież', 'clothing'],
  ['owoce morza', 'seafood'], ['ryby', 'fish'], ['kraby', 'crab'], ['krewetki', 'shrimp'], ['miedź', 'copper'], ['cynk', 'zinc'], ['nikiel', 'nickel'],
  ['srebro', 'silver'], ['złoto', 'gold'], ['maszyny', 'machinery'], ['pojazdy', 'vehicle'], ['samochody ciężarowe', 'truck'], ['ciężarówki', 'truck'],
  ['drewno', 'wood'], ['drewna', 'wood'], ['kamień', 'stone'], ['marmur', 'marble'], ['żwir', 'gravel'], ['piasek', 'sand'], ['posąg', 'statue'],
  ['posągi', 'statue'], ['żywność', 'food'], ['produkty rolne', 'agricultural products'], ['warzywa', 'vegetable'], ['owoce', 'fruit'],
  ['broń', 'weapon'], ['amunicja', 'ammunition'], ['stal', 'steel'],
  // French, Spanish, German: the goods their first rows above did not name.
  ['anthracite', 'anthracite'], ['minerai de fer', 'iron ore'], ['minerais de fer', 'iron ore'], ['fonte brute', 'pig iron'], ['minerai de plomb', 'lead ore'],
  ['pétrole brut', 'crude oil'], ['huiles brutes de pétrole', 'crude oil'], ['produits pétroliers', 'refined petroleum'], ['carburant diesel', 'diesel'],
  ['condensat', 'condensate'], ['condensats', 'condensate'], ['tissu', 'fabric'], ['fruits de mer', 'seafood'], ['produits de la mer', 'seafood'],
  ['crevettes', 'shrimp'], ['zinc', 'zinc'], ['bois', 'wood'], ['pierre', 'stone'], ['pierres', 'stone'], ['marbre', 'marble'],
  ['gravier', 'gravel'], ['sable', 'sand'], ['statues', 'statue'], ['denrées alimentaires', 'food'], ['produits agricoles', 'agricultural products'],
  ['légumes', 'vegetable'], ['munitions', 'ammunition'], ['acier', 'steel'],
  ['mineral de hierro', 'iron ore'], ['minerales de hierro', 'iron ore'], ['arrabio', 'pig iron'], ['mineral de plomo', 'lead ore'], ['petróleo crudo', 'crude oil'],
  ['crudo', 'crude oil'], ['diésel', 'diesel'], ['textiles', 'textile'], ['prendas de vestir', 'garment'],
  ['camarones', 'shrimp'], ['gambas', 'shrimp'], ['madera', 'wood'], ['piedra', 'stone'], ['mármol', 'marble'], ['grava', 'gravel'], ['estatua', 'statue'],
  ['estatuas', 'statue'], ['productos agrícolas', 'agricultural products'], ['verduras', 'vegetable'], ['hortalizas', 'vegetable'],
  ['municiones', 'ammunition'], ['acero', 'steel'],
  ['eisen', 'iron'], ['roheisen', 'pig iron'], ['erdölerzeugnisse', 'refined petroleum'], ['kraftstoff', 'fuel'], ['textil', 'textile'],
  ['gewebe', 'fabric'], ['garnelen', 'shrimp'], ['blei', 'lead ore'], ['holz', 'wood'], ['schnittholz', 'timber'], ['naturstein', 'stone'], ['steine', 'stone'],
  ['marmor', 'marble'], ['kies', 'gravel'], ['lebensmittel', 'food'], ['landwirtschaftliche erzeugnisse', 'agricultural products'], ['gemüse', 'vegetable'],
  ['obst', 'fruit'], ['munition', 'ammunition'], ['stahl', 'steel'], ['lkw', 'truck'],
  // Review 18 (R18-7): the remaining goods of the bans (wood, earth and stone, statues, food and agricultural
  // products, natural gas liquids) in the languages above, and Turkish, Japanese, Vietnamese, Indonesian and Malay,
  // and Arabic. A term holding a space is a phrase, read whole (batu bara, than đá, خام الحديد).
  // Korean, Chinese, Russian: the goods the tables above did not name.
  ['목재', 'wood'], ['원목', 'timber'], ['석재', 'stone'], ['화강암', 'granite'], ['대리석', 'marble'], ['자갈', 'gravel'], ['동상', 'statue'],
  ['조각상', 'statue'], ['농산물', 'agricultural products'], ['식료품', 'food'], ['채소', 'vegetable'], ['과일', 'fruit'],
  ['木材', 'wood'], ['原木', 'timber'], ['石材', 'stone'], ['花岗岩', 'granite'], ['大理石', 'marble'], ['砂石', 'gravel'], ['雕像', 'statue'],
  ['塑像', 'statue'], ['铜像', 'statue'], ['农产品', 'agricultural products'], ['蔬菜', 'vegetable'], ['水果', 'fruit'], ['天然气凝析液', 'natural gas liquids'],
  // Chinese (traditional), as Taiwan and Hong Kong customs write the same headings.
  ['鐵礦石', 'iron ore'], ['鐵礦砂', 'iron ore'], ['鐵礦', 'iron ore'], ['紡織品', 'textile'], ['紡織', 'textile'], ['車輛', 'vehicle'],
  ['海產品', 'seafood'], ['鉛礦', 'lead ore'], ['鉛精礦', 'lead concentrate'], ['機器', 'machine'], ['農產品', 'agricultural products'],
  ['древесин*', 'wood'], ['лесоматериал*', 'timber'], ['пиломатериал*', 'lumber'], ['камень', 'stone'], ['камня', 'stone'], ['гранит*', 'granite'],
  ['мрамор*', 'marble'], ['песок', 'sand'], ['песка', 'sand'], ['гравий', 'gravel'], ['стату*', 'statue'], ['скульптур*', 'sculpture'],
  ['памятник*', 'monument'], ['овощ*', 'vegetable'], ['фрукт*', 'fruit'],
  // Japanese (the Japanese customs tariff's headings: 石炭 2701, 鉄鉱 2601, 原油 2709, 軽油/灯油/重油 2710, 繊維 section XI,
  // 魚介 chapter 3, 木材 chapter 44, 石材 chapter 25/68). Kana terms are read inside runs as Han ones are.
  ['無煙炭', 'anthracite'], ['石炭', 'coal'], ['褐炭', 'lignite'], ['亜炭', 'lignite'], ['鉄鉱石', 'iron ore'], ['鉄鉱', 'iron ore'], ['銑鉄', 'pig iron'],
  ['鉄鋼', 'steel'], ['鉛鉱', 'lead ore'], ['鉛精鉱', 'lead concentrate'], ['繊維', 'textile'], ['織物', 'fabric'], ['衣類', 'clothing'],
  ['衣料品', 'clothing'], ['水産物', 'seafood'], ['魚介類', 'seafood'], ['魚', 'fish'], ['石油製品', 'refined petroleum'], ['石油', 'crude oil'],
  ['軽油', 'diesel'], ['灯油', 'refined petroleum'], ['ガソリン', 'gasoline'], ['ディーゼル', 'diesel'], ['コンデンセート', 'condensate'],
  ['天然ガス液', 'natural gas liquids'], ['機械', 'machinery'], ['車両', 'vehicle'], ['自動車', 'automobile'], ['トラック', 'truck'],
  ['材木', 'timber'], ['食料品', 'food'], ['農産物', 'agricultural products'], ['砂利', 'gravel'], ['彫像', 'statue'], ['銅像', 'statue'],
  ['砂糖', 'sugar'], ['の', ' '],
  // Turkish (Türk Gümrük Tarife Cetveli: taş kömürü 2701, linyit 2702, demir cevherleri 2601, ham petrol 2709, mensucat section XI).
  ['kömür*', 'coal'], ['taş kömürü', 'coal'], ['linyit*', 'lignite'], ['antrasit*', 'anthracite'], ['demir', 'iron'], ['demiri', 'iron'],
  ['demir cevheri', 'iron ore'], ['demir cevherleri', 'iron ore'], ['cevher*', 'ore'], ['kurşun cevheri', 'lead ore'], ['kurşun konsantresi', 'lead concentrate'],
  ['tekstil*', 'textile'], ['mensucat', 'textile'], ['giyim', 'clothing'], ['kumaş*', 'fabric'], ['deniz ürünleri', 'seafood'], ['su ürünleri', 'seafood'],
  ['balık*', 'fish'], ['ham petrol', 'crude oil'], ['petrol ürünleri', 'refined petroleum'], ['dizel', 'diesel'], ['motorin', 'diesel'],
  ['kondensat', 'condensate'], ['makine', 'machinery'], ['makineler', 'machinery'], ['makinesi', 'machine'], ['araç', 'vehicle'], ['araçlar', 'vehicle'],
  ['taşıt*', 'vehicle'], ['kamyon*', 'truck'], ['kereste*', 'timber'], ['ahşap', 'wood'], ['odun', 'wood'], ['gıda', 'food'],
  ['tarım ürünleri', 'agricultural products'], ['taş', 'stone'], ['mermer', 'marble'], ['granit', 'granite'], ['çakıl', 'gravel'],
  ['heykel*', 'statue'], ['sebze*', 'vegetable'], ['meyve*', 'fruit'], ['ve', 'and'],
  // Vietnamese (Biểu thuế xuất nhập khẩu: than đá 2701, quặng sắt 2601, dầu thô 2709, hàng dệt may section XI, thủy sản chapter 3).
  // Syllables are words; one that is also an English word (than, da, sat) is read only in a phrase.
  ['than đá', 'coal'], ['than antraxit', 'anthracite'], ['than non', 'lignite'], ['quặng sắt', 'iron ore'], ['sắt', 'iron'], ['quặng chì', 'lead ore'],
  ['tinh quặng chì', 'lead concentrate'], ['dệt may', 'textile'], ['hàng dệt', 'textile'], ['quần áo', 'clothing'], ['vải', 'fabric'],
  ['hải sản', 'seafood'], ['thủy sản', 'seafood'], ['thuỷ sản', 'seafood'], ['cá', 'fish'], ['dầu thô', 'crude oil'], ['dầu mỏ', 'crude oil'],
  ['xăng', 'gasoline'], ['dầu diesel', 'diesel'], ['dầu diezen', 'diesel'], ['máy móc', 'machinery'], ['xe cộ', 'vehicle'], ['ô tô', 'automobile'],
  ['xe tải', 'truck'], ['gỗ', 'wood'], ['thực phẩm', 'food'], ['nông sản', 'agricultural products'], ['đá', 'stone'], ['tượng', 'statue'],
  ['rau quả', 'vegetable'], ['trái cây', 'fruit'],
  // Indonesian and Malay (Buku Tarif Kepabeanan Indonesia: batu bara 2701, bijih besi 2601, minyak mentah 2709; Malaysian customs: arang batu).
  ['batu bara', 'coal'], ['batubara', 'coal'], ['arang batu', 'coal'], ['bijih besi', 'iron ore'], ['besi', 'iron'],
  ['bijih timbal', 'lead ore'], ['timah hitam', 'lead ore'], ['pakaian', 'clothing'], ['kain tenun', 'fabric'],
  ['makanan laut', 'seafood'], ['hasil laut', 'seafood'], ['ikan', 'fish'], ['minyak mentah', 'crude oil'], ['minyak bumi', 'crude oil'],
  ['bensin', 'gasoline'], ['petrol', 'gasoline'], ['mesin', 'machinery'], ['jentera', 'machinery'], ['kendaraan', 'vehicle'],
  ['kenderaan', 'vehicle'], ['truk', 'truck'], ['kayu', 'wood'], ['kayu balak', 'timber'], ['makanan', 'food'], ['hasil pertanian', 'agricultural products'],
  ['batu', 'stone'], ['pasir', 'sand'], ['kerikil', 'gravel'], ['patung', 'statue'], ['sayur', 'vegetable'], ['sayuran', 'vegetable'], ['buah', 'fruit'],
  // Arabic (the Arab customs tariffs' headings: فحم حجري 2701, خامات الحديد 2601, زيوت نفط خام 2709). Read after the prefixes
  // و ب ل ال are taken off a word (الفحم, والحديد), and with hamza on alef not told apart (أسماك, اسماك).
  ['فحم', 'coal'], ['فحم حجري', 'coal'], ['انثراسيت', 'anthracite'], ['ليغنيت', 'lignite'], ['حديد', 'iron'], ['خام الحديد', 'iron ore'],
  ['خام حديد', 'iron ore'], ['خامات الحديد', 'iron ore'], ['خام الرصاص', 'lead ore'], ['منسوجات', 'textile'], ['ملابس', 'clothing'], ['اقمشة', 'fabric'],
  ['قماش', 'fabric'], ['مأكولات بحرية', 'seafood'], ['ماكولات بحرية', 'seafood'], ['اسماك', 'fish'], ['سمك', 'fish'], ['نفط خام', 'crude oil'],
  ['نفط', 'crude oil'], ['بترول', 'crude oil'], ['ديزل', 'diesel'], ['سولار', 'diesel'], ['بنزين', 'gasoline'], ['مكثفات', 'condensate'], ['الات', 'machinery'],
  ['معدات', 'machinery'], ['مركبات', 'vehicle'], ['سيارات', 'automobile'], ['شاحنات', 'truck'], ['خشب', 'wood'], ['اخشاب', 'wood'], ['اغذية', 'food'],
  ['منتجات زراعية', 'agricultural products'], ['حجر', 'stone'], ['احجار', 'stone'], ['رخام', 'marble'], ['جرانيت', 'granite'], ['رمل', 'sand'],
  ['حصى', 'gravel'], ['تماثيل', 'statue'], ['تمثال', 'statue'], ['خضروات', 'vegetable'], ['فواكه', 'fruit'], ['من', 'from'],
];
